import { z } from 'zod';
import { IdSchema, IsoDaySchema, queryText, wholeNumber } from '@/lib/fields/field-schemas';

export const AuditFilterSchema = z.object({
  actor: queryText(320).optional().transform((v) => v || undefined),
  entityType: queryText(60).optional().transform((v) => v || undefined),
  action: queryText(60).optional().transform((v) => v || undefined),
  from: IsoDaySchema.optional().or(z.literal('').transform(() => undefined)),
  to: IsoDaySchema.optional().or(z.literal('').transform(() => undefined)),
  cursor: IdSchema.optional().or(z.literal('').transform(() => undefined)),
  limit: wholeNumber(1, 'A page size from 1 to 200.').pipe(z.number().max(200, 'A page size from 1 to 200.')).default(50),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;
