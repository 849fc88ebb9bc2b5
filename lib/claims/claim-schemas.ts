import { z } from 'zod';
import { blankAsAbsent, CursorSchema, cursorTime, LimitSchema } from '@/lib/pagination/cursor';
import { DateSchema, IdSchema, isDateOnly, queryText } from '@/lib/fields/field-schemas';
import { parseSearchCursor } from '@/lib/search/search-query';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsAbsent, schema.optional());

const SlugSchema = z.string().max(64).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Not an alignment slug.');

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

// A date-only `to` includes that whole day; full timestamps are taken as given.
const dateBound = (endOfDay: boolean) =>
  z.unknown().transform((raw, ctx) => {
    const parsed = DateSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
    const date = parsed.data;
    if (endOfDay && isDateOnly(raw)) date.setUTCDate(date.getUTCDate() + 1);
    return date;
  });

/** GET /api/v1/claims and the claims page's filters. `to` is exclusive after the transform. */
export const ClaimListQuerySchema = z.object({
  q: optional(queryText(200)),
  sourceId: optional(IdSchema),
  alignment: optional(SlugSchema),
  eventId: optional(IdSchema),
  credibility: optional(CredibilityListSchema),
  contested: optional(z.enum(['true', 'false']).transform((v) => v === 'true')),
  status: optional(z.enum(['new', 'in_review', 'needs_more_evidence', 'reviewed'], { error: 'A claim review status: new, in_review, needs_more_evidence or reviewed.' })),
  assigneeId: optional(IdSchema),
  from: optional(dateBound(false)),
  to: optional(dateBound(true)),
  cursor: CursorSchema,
  limit: LimitSchema,
}).superRefine((query, ctx) => {
  // A text query pages by rank, otherwise by creation time: the cursor must be of that kind.
  if (!query.cursor) return;
  const fits = query.q ? parseSearchCursor(query.cursor) !== null : cursorTime(query.cursor) !== null;
  if (!fits) ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'Invalid cursor.' });
});

export type ClaimListQuery = z.output<typeof ClaimListQuerySchema>;
export type ClaimListQueryInput = z.input<typeof ClaimListQuerySchema>;
