import { z } from 'zod';
import { blankAsAbsent } from '@/lib/pagination/cursor';
import { IdSchema } from '@/lib/fields/field-schemas';

/** GET /api/v1/exchange/export and the export page's form. */
export const ExportQuerySchema = z.object({
  format: z.preprocess(blankAsAbsent, z.enum(['jsonl', 'csv']).default('jsonl'))
    .meta({ description: 'jsonl: the lossless exchange file; csv: claims with their sources, for spreadsheets.' }),
  eventId: z.preprocess(blankAsAbsent, IdSchema.optional())
    .meta({ description: 'Only this event, with everything its claims refer to.' }),
});

export type ExportQuery = z.output<typeof ExportQuerySchema>;

/** Import bodies are JSON Lines text; bigger archives go through the script in parallel batches. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** The raw body of POST /api/v1/exchange/import, described for OpenAPI. */
export const ImportBodySchema = z.string().meta({
  description: 'A crosscheck-export version 1 JSON Lines file (docs/exchange-format.md): a header line, then one record per line.',
});
