import { z } from 'zod';

export const AuditFilterSchema = z.object({
  actor: z.string().trim().max(320).optional().transform((v) => v || undefined),
  entityType: z.string().trim().max(60).optional().transform((v) => v || undefined),
  action: z.string().trim().max(60).optional().transform((v) => v || undefined),
  from: z.iso.date().optional().or(z.literal('').transform(() => undefined)),
  to: z.iso.date().optional().or(z.literal('').transform(() => undefined)),
  cursor: z.coerce.number().int().positive().optional().or(z.literal('').transform(() => undefined)),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;
