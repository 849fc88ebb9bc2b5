import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { AttributionRole } from '@/lib/generated/prisma/enums';
import { CountSchema, IdSchema, NotFutureDateSchema, optionalText, requireAChange, VersionSchema } from '@/lib/fields/field-schemas';

// A W3C Web Annotation TextQuoteSelector (exact, prefix, suffix) plus the position it was taken
// at, which only hints where to look: the text decides.
export const QuoteSelectorSchema = z.object({
  exact: z.string().min(1, 'The quote is empty.').max(10_000).refine((s) => s.trim() !== '', 'The quote is empty.'),
  prefix: z.string().max(500).nullable().optional(),
  suffix: z.string().max(500).nullable().optional(),
  start: CountSchema.nullable().optional(),
});
export type QuoteSelector = z.output<typeof QuoteSelectorSchema>;

const attributionFields = {
  sourceId: IdSchema,
  role: z.enum(AttributionRole),
  documentId: IdSchema.nullable().optional(),
  quote: QuoteSelectorSchema.nullable().optional(),
  venue: optionalText(500),
  statedAt: NotFutureDateSchema.nullable().optional(),
};

const relayRules = <T extends z.ZodType<{ role: string; documentId?: number | null; quote?: unknown }>>(schema: T) =>
  schema.refine((a) => !a.quote || a.documentId != null, { message: 'A quote needs the document it is from.', path: ['documentId'] });

/**
 * One attribution inside POST /api/v1/claims. A relay names what it repeats either by its index
 * in the same request (`relaysIndex`, the usual case) or by an existing attribution id of the
 * same claim (`relaysId`, which on a new claim can only be wrong).
 */
export const AttributionInputSchema = relayRules(
  z
    .object({
      ...attributionFields,
      relaysIndex: z.number().int().min(0).max(49).nullable().optional(),
      relaysId: IdSchema.nullable().optional(),
    })
    .strict(),
);
export type AttributionInput = z.output<typeof AttributionInputSchema>;

/** POST /api/v1/claims/:id/attributions: one more attribution of an existing claim. */
export const AddAttributionSchema = relayRules(
  z.object({ ...attributionFields, relaysId: IdSchema.nullable().optional(), version: VersionSchema.optional() }).strict(),
).meta(requestExample({
    // Global Research (source 4) relays an earlier attribution of the claim, quoting its copy of the report (document 2).
    sourceId: 4,
    role: 'relays',
    documentId: 2,
    quote: { exact: 'Intense artillery shelling also targeted positions of Hayat Tahrir al-Sham across the Jabal Al-Zawiyah area' },
    statedAt: '2020-07-02T00:00:00Z',
    relaysId: 1,
    version: 1,
  }));
export type AddAttributionInput = z.input<typeof AddAttributionSchema>;

/** Why a correction was made: kept in the claim's history beside the change. */
const ReasonSchema = optionalText(1000);

/**
 * PATCH /api/v1/claims/:id/attributions/:attributionId: corrects a hop's role, venue, date or
 * what it relays (another attribution of the same claim, or null). The source, document and quote
 * are the record of who said what where; a wrong one is replaced by adding the right hop and
 * removing the wrong one, so the history shows both.
 */
export const EditAttributionSchema = requireAChange(
  z.object({
    role: z.enum(AttributionRole).optional(),
    venue: optionalText(500),
    statedAt: NotFutureDateSchema.nullable().optional(),
    relaysId: IdSchema.nullable().optional(),
    reason: ReasonSchema,
    version: VersionSchema,
  }).strict(),
  ['reason', 'version'],
).meta(requestExample({
    // Global Research relayed South Front, not the original statement: re-pointed, with the date it ran.
    relaysId: 2,
    statedAt: '2020-07-02T00:00:00Z',
    reason: 'Global Research republished South Front’s article, not the ministry’s statement.',
    version: 3,
  }));
export type EditAttributionInput = z.input<typeof EditAttributionSchema>;

export const RemoveAttributionSchema = z
  .object({ reason: ReasonSchema, version: VersionSchema.optional() })
  .strict()
  .meta(requestExample({ reason: 'Wrong source: the statement was made by pro-militant sources, not South Front.', version: 2 }));
export type RemoveAttributionInput = z.input<typeof RemoveAttributionSchema>;

/** The edit page's removal: the same body, but the form asks for the reason the history keeps. */
export const RemoveAttributionFormSchema = RemoveAttributionSchema.extend({
  reason: z.string().trim().min(1, 'Say why this attribution is removed; the reason is kept in the claim’s history.').max(1000, 'At most 1000 characters.'),
});
