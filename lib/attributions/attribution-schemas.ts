import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { AttributionRole } from '@/lib/generated/prisma/enums';
import { CountSchema, IdSchema, NotFutureDateSchema, optionalText, VersionSchema } from '@/lib/fields/field-schemas';

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

export const RemoveAttributionSchema = z.object({ version: VersionSchema.optional() }).strict().meta(requestExample({ version: 2 }));
