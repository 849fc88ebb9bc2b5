// How a long import reports while it runs: the same progress object goes to the admin page as
// JSON lines (progressLines) and to the terminal as a bar (progress-bar.ts).

/** What the batches written so far added, and what they found already there. */
export type BatchCounts = {
  claimsImported: number;
  claimsExisting: number;
  attributionsImported: number;
  sourcesCreated: number;
  eventsCreated: number;
  documentsCreated: number;
};

export type ImportProgress = BatchCounts & {
  bytesRead: number;
  totalBytes: number | null;
  claimsRejected: number;
  errorCount: number;
};

export type ProgressLine<S> = { progress: ImportProgress } | { summary: S } | { error: { code: string; message: string } };

/**
 * A response body of JSON lines: `{"progress":…}` as the work reports, then `{"summary":…}`, or
 * `{"error":…}` if it stops unexpectedly (what was already reported stays written).
 */
export function progressLines<S>(work: (onProgress: (p: ImportProgress) => void) => Promise<S>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: ProgressLine<S>) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        send({ summary: await work((progress) => send({ progress })) });
      } catch (e) {
        console.error('[import] failed', e);
        send({ error: { code: 'import_failed', message: 'The import stopped unexpectedly; batches already reported were kept.' } });
      } finally {
        controller.close();
      }
    },
  });
}
