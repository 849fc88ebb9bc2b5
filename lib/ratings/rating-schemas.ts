import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { RELIABILITY_GRADES } from './admiralty';
import { wholeNumber } from '@/lib/fields/field-schemas';

/** Admiralty (NATO) source reliability: A completely reliable … F cannot be judged. */
export const GradeSchema = z.enum(RELIABILITY_GRADES);

// "At least a sentence", made checkable: 20 characters and three words. Short enough not to
// annoy, long enough that "ok" or "see above" cannot pass as a reason.
export const MIN_RATIONALE_CHARS = 20;
export const MIN_RATIONALE_WORDS = 3;

export const RationaleSchema = z
  .string()
  .trim()
  .min(MIN_RATIONALE_CHARS, `Explain the grade in at least a sentence (${MIN_RATIONALE_CHARS}+ characters).`)
  .max(4000, 'Keep the rationale under 4000 characters.')
  .refine((s) => s.split(/\s+/u).filter(Boolean).length >= MIN_RATIONALE_WORDS, {
    message: `Explain the grade in at least a sentence (${MIN_RATIONALE_WORDS}+ words).`,
  });

/** PUT /api/v1/sources/:id/rating and the source page's form. */
export const RateSourceSchema = z.object({
  reliability: GradeSchema,
  rationale: RationaleSchema,
  // 0 until the first rating.
  version: wholeNumber(0, 'The version you read: a whole number from 0.'),
}).meta(requestExample({
    reliability: 'D',
    rationale: "Republishes others' reports without adding reporting or verification and has a record of carrying conspiracy content, so its carrying a claim is not corroboration.",
    version: 1,
  }));
export type RateSourceInput = z.infer<typeof RateSourceSchema>;
