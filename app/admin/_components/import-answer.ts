// What the two import endpoints answer, read for the import form: the bulk import streams JSON
// lines (progress, then a summary or an error); the exchange import answers once, with counts.

export type ImportFormat = 'claim-rows' | 'exchange-archive';

export type ClaimRowCounts = {
  bytesRead: number;
  totalBytes: number | null;
  claimsImported: number;
  claimsExisting: number;
  attributionsImported: number;
  claimsRejected: number;
  errorCount: number;
};
export type ClaimRowSummary = ClaimRowCounts & { errors: { line: number; message: string }[]; durationMs: number; claimsPerSecond: number };
export type ExchangeResult = { lines: number; counts: Record<string, { created: number; existing: number }> };

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ClaimRowCounts | null }
  | { phase: 'done'; summary: ClaimRowSummary }
  | { phase: 'imported'; result: ExchangeResult }
  | { phase: 'failed'; message: string; fields?: Record<string, string[]> };

/** Where each format goes, and what a file of it is called. */
export function uploadOf(format: ImportFormat, fileName: string): { url: string; contentType: string } | null {
  if (format === 'exchange-archive') {
    return { url: `/api/v1/exchange/import?name=${encodeURIComponent(fileName)}`, contentType: 'application/x-ndjson' };
  }
  const rows = /\.(jsonl|ndjson)$/i.test(fileName) ? 'jsonl' : /\.csv$/i.test(fileName) ? 'csv' : null;
  return rows && { url: `/api/v1/imports?${new URLSearchParams({ format: rows, name: fileName })}`, contentType: 'application/octet-stream' };
}

async function readLines(response: Response, onLine: (value: Record<string, unknown>) => void) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as Record<string, unknown>);
  }
}

/** Follows a successful answer, reporting each state it reaches. */
export async function followAnswer(format: ImportFormat, response: Response, totalBytes: number, report: (s: ImportState) => void) {
  if (format === 'exchange-archive') return report({ phase: 'imported', result: (await response.json()) as ExchangeResult });
  await readLines(response, (line) => {
    if (line.progress) report({ phase: 'running', progress: { ...(line.progress as ClaimRowCounts), totalBytes } });
    if (line.summary) report({ phase: 'done', summary: line.summary as ClaimRowSummary });
    if (line.error) report({ phase: 'failed', message: String((line.error as { message?: string }).message) });
  });
}
