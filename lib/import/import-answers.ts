import { z } from 'zod';

// The import answers of /api/v1: the exchange import's JSON result, and the lines the bulk
// claim import streams. Browser-safe: no server imports.

const count = z.number().int().min(0);

/** POST /api/v1/exchange/import. */
export const ImportResultSchema = z
  .strictObject({
    lines: count.meta({ description: 'Records read: the file’s lines after its header.' }),
    counts: z
      .record(z.string(), z.strictObject({ created: count, existing: count }))
      .meta({ description: 'Every record type (alignment, source, rating_revision, alignment_change, document, event, claim, claim_revision, attribution, relation), even when the file had none: added, and already there (merged by external id).' }),
  })
  .meta({
    id: 'ImportResult',
    description: 'What an exchange import created and what already existed, per record type.',
    examples: [{
      lines: 31,
      counts: {
        alignment: { created: 0, existing: 5 }, source: { created: 2, existing: 8 },
        event: { created: 1, existing: 0 }, claim: { created: 4, existing: 0 }, attribution: { created: 9, existing: 0 },
        relation: { created: 1, existing: 0 },
      },
    }],
  });

const progressFields = {
  claimsImported: count,
  claimsExisting: count.meta({ description: 'Rows whose external id was already stored.' }),
  attributionsImported: count,
  sourcesCreated: count,
  eventsCreated: count,
  documentsCreated: count,
  bytesRead: count,
  totalBytes: count.nullable().meta({ description: 'The upload’s Content-Length, when it gave one.' }),
  claimsRejected: count,
  errorCount: count.meta({ description: 'Problems found; the summary lists the first 200.' }),
};
const progressExample = {
  claimsImported: 4000, claimsExisting: 0, attributionsImported: 7400, sourcesCreated: 12, eventsCreated: 3,
  documentsCreated: 5, bytesRead: 1_048_576, totalBytes: 2_621_440, claimsRejected: 1, errorCount: 1,
};

export const ImportProgressSchema = z
  .strictObject(progressFields)
  .meta({ id: 'ImportProgress', description: 'What the batches written so far added, found and refused.', examples: [progressExample] });

export const ImportSummarySchema = z
  .strictObject({
    ...progressFields,
    errors: z
      .array(z.strictObject({ line: z.number().int(), message: z.string() }))
      .meta({ description: 'The first problems found, each with its line.' }),
    batches: count,
    batchesRejected: count,
    durationMs: count,
    claimsPerSecond: count,
  })
  .meta({
    id: 'ImportSummary',
    description: 'The bulk import’s last line: its totals and the problems it listed.',
    examples: [{
      ...progressExample, bytesRead: 2_621_440, claimsImported: 9999,
      errors: [{ line: 412, message: 'source: Unknown source "Vasily Nebenzia (UN)".' }],
      batches: 5, batchesRejected: 0, durationMs: 4200, claimsPerSecond: 2381,
    }],
  });

/**
 * POST /api/v1/imports streams JSON Lines (application/x-ndjson): each line is one of these —
 * `{"progress":…}` while it runs, then `{"summary":…}`, or `{"error":…}` if it stops unexpectedly.
 */
export const ImportLineSchema = z
  .union([
    z.strictObject({ progress: ImportProgressSchema }),
    z.strictObject({ summary: ImportSummarySchema }),
    z.strictObject({ error: z.strictObject({ code: z.string(), message: z.string() }) }),
  ])
  .meta({
    id: 'ImportLine',
    description: 'One line of the bulk import’s JSON Lines answer: progress while it runs, then the summary, or an error if it stops unexpectedly.',
    examples: [{ progress: progressExample }],
  });
