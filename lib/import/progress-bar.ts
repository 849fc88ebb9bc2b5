// A one-line terminal progress bar for the import CLI and the benchmark (no dependency).

const WIDTH = 28;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function progressLine(p: {
  bytesRead: number;
  totalBytes: number | null;
  claimsImported: number;
  claimsExisting: number;
  errorCount: number;
  elapsedMs: number;
}): string {
  const ratio = p.totalBytes ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
  const filled = Math.round(ratio * WIDTH);
  const bar = p.totalBytes ? `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}%` : '';
  const rate = Math.round(p.claimsImported / Math.max(p.elapsedMs / 1000, 0.001));
  const size = p.totalBytes ? `${formatBytes(p.bytesRead)}/${formatBytes(p.totalBytes)}` : formatBytes(p.bytesRead);
  const existing = p.claimsExisting ? `, ${p.claimsExisting.toLocaleString('en')} already there` : '';
  const errors = p.errorCount ? `, ${p.errorCount} error(s)` : '';
  return `${bar} ${size}  ${p.claimsImported.toLocaleString('en')} claims (${rate.toLocaleString('en')}/s)${existing}${errors}`.trim();
}

/** Redraws in place on a terminal; elsewhere (CI logs) prints at most every few seconds. */
export function createProgressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  let lastPrint = 0;
  return {
    update(line: string) {
      if (stream.isTTY) {
        stream.write(`\r${line.slice(0, (stream.columns ?? 120) - 1).padEnd(Math.min(stream.columns ?? 120, 120) - 1)}`);
      } else if (Date.now() - lastPrint > 5000) {
        lastPrint = Date.now();
        stream.write(`${line}\n`);
      }
    },
    done(line: string) {
      stream.write(stream.isTTY ? `\r${line}\n` : `${line}\n`);
    },
  };
}
