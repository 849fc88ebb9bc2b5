import { z } from 'zod';
import { blankAsAbsent, CursorSchema, LimitSchema } from '@/lib/pagination/cursor';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsAbsent, schema.optional());

const SlugSchema = z.string().max(64).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Not an alignment slug.');
const IdSchema = z.coerce.number().int().positive();

// "3" or "1,2" (or repeated values from a form): one issue on `credibility`, not per item.
const CredibilityListSchema = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((v, ctx) => {
    const parts = (Array.isArray(v) ? v.map(String) : v.split(',')).map((s) => s.trim());
    if (parts.length === 0 || parts.length > 6 || !parts.every((p) => /^[1-6]$/.test(p))) {
      ctx.addIssue({ code: 'custom', message: 'Credibility is 1 to 6, or a comma list of them.' });
      return z.NEVER;
    }
    return [...new Set(parts.map(Number))].sort((a, b) => a - b);
  });

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// A date-only `to` includes that whole day; full timestamps are taken as given.
const dateBound = (endOfDay: boolean) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'Use an ISO date, e.g. 2020-06-30.' })
    .transform((s) => {
      const date = new Date(DATE_ONLY.test(s) ? `${s}T00:00:00.000Z` : s);
      if (endOfDay && DATE_ONLY.test(s)) date.setUTCDate(date.getUTCDate() + 1);
      return date;
    });

/** GET /api/v1/claims and the claims page's filters. `to` is exclusive after the transform. */
export const ClaimListQuerySchema = z.object({
  q: optional(z.string().trim().max(200)),
  sourceId: optional(IdSchema),
  alignment: optional(SlugSchema),
  eventId: optional(IdSchema),
  credibility: optional(CredibilityListSchema),
  contested: optional(z.enum(['true', 'false']).transform((v) => v === 'true')),
  from: optional(dateBound(false)),
  to: optional(dateBound(true)),
  cursor: CursorSchema,
  limit: LimitSchema,
});

export type ClaimListQuery = z.output<typeof ClaimListQuerySchema>;
export type ClaimListQueryInput = z.input<typeof ClaimListQuerySchema>;
