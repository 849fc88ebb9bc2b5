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
