import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { blankAsAbsent } from '@/lib/pagination/cursor';
import { wholeNumber } from '@/lib/fields/field-schemas';

export const RELATION_TYPES = ['contradicts', 'supports', 'same_as'] as const;
export const DISPUTES = ['occurrence', 'responsibility', 'figures', 'time', 'place', 'characterisation'] as const;

export const DISPUTE_LABELS: Record<(typeof DISPUTES)[number], string> = {
  occurrence: 'whether it happened',
  responsibility: 'who is responsible',
  figures: 'figures',
  time: 'time',
  place: 'place',
  characterisation: 'how it is characterised',
};

export const RELATION_LABELS: Record<(typeof RELATION_TYPES)[number], string> = {
  contradicts: 'contradicts',
  supports: 'supports',
  same_as: 'is the same claim as',
};

// A form sends one checkbox as a string and several as an array; JSON sends an array.
const asList = (v: unknown) => (v === undefined || v === '' ? undefined : Array.isArray(v) ? v : [v]);

/**
 * POST /api/v1/claims/:id/relations and the claim page's "Link a claim" form. For `supports`,
 * `direction` says whether the claim in the path supports the target (default) or is supported by it.
 */
export const CreateRelationSchema = z
  .object({
    targetClaimId: wholeNumber(1, 'Choose the other claim.'),
    type: z.enum(RELATION_TYPES, { error: 'Choose contradicts, supports or same_as.' }),
    note: z.preprocess(blankAsAbsent, z.string().trim().max(2000, 'Keep the note under 2,000 characters.').optional()),
    disputes: z.preprocess(asList, z.array(z.enum(DISPUTES)).max(DISPUTES.length).optional()),
    direction: z.preprocess(blankAsAbsent, z.enum(['supports', 'supported_by']).optional()),
  })
  .superRefine((v, ctx) => {
    if (v.type !== 'contradicts' && v.disputes?.length) {
      ctx.addIssue({ code: 'custom', path: ['disputes'], message: 'Only a contradiction says what is disputed.' });
    }
    if (v.type !== 'supports' && v.direction) {
      ctx.addIssue({ code: 'custom', path: ['direction'], message: 'Only support has a direction.' });
    }
  })
  .transform((v) => ({ ...v, disputes: [...new Set(v.disputes ?? [])] }))
  .meta(requestExample({ targetClaimId: 2, type: 'contradicts', note: 'Each side blames the other for the fighting near Kansafrah.', disputes: ['responsibility'] }));

export type CreateRelationInput = z.input<typeof CreateRelationSchema>;

/** POST /api/v1/claims/:id/merge: the claim in the path stays, `mergeId` is folded into it. */
export const MergeClaimsSchema = z.object({
  mergeId: wholeNumber(1, 'Choose the duplicate to merge.'),
}).meta(requestExample({ mergeId: 2 }));

export type MergeClaimsInput = z.input<typeof MergeClaimsSchema>;
