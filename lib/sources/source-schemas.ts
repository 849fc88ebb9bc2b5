import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { IdSchema, optionalLanguage, requireAChange, VersionSchema } from '@/lib/fields/field-schemas';
import { IdentifiersSchema } from './source-identifier-schemas';
import { RationaleSchema } from '@/lib/ratings/rating-schemas';

const optionalText = (max: number) =>
  z.string().trim().max(max).transform((v) => (v === '' ? null : v)).nullable().optional();

/** http/https only: other schemes (javascript:, data:) never reach a link. */
export const HttpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => /^https?:\/\/[^\s/]+/i.test(v) && URL.canParse(v), 'Use an http:// or https:// address.');

// Forms send aliases as one line each; the API sends an array.
const AliasesSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/\r?\n/) : v),
  z.array(z.string().trim().max(200)).max(50).transform((a) => [...new Set(a.filter(Boolean))]),
);

export const AlignmentSlugSchema = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Choose an alignment.').max(60);
export const ReasonSchema = z.string().trim().min(10, 'Say why, in a few words (10+ characters).').max(2000);

const sourceDetails = {
  name: z.string().trim().min(1, 'Name the source.').max(300),
  kind: z.enum(SourceKind, { error: 'Choose a kind.' }),
  country: optionalText(100),
  language: optionalLanguage(),
  aliases: AliasesSchema.optional(),
  description: optionalText(4000),
  homepage: z.union([HttpUrlSchema, z.literal('').transform(() => null), z.null()]).optional(),
  representsId: z
    .union([z.literal('').transform(() => null), z.null(), IdSchema])
    .optional(),
  identifiers: IdentifiersSchema.optional(),
};

export const CreateSourceSchema = z.object({
  ...sourceDetails,
  alignmentSlug: AlignmentSlugSchema,
  // A similar source exists (409 possible_duplicate) and the writer says this one is another.
  confirmNew: z.boolean().optional(),
}).meta(requestExample({
    name: 'Vasily Nebenzya',
    kind: 'official',
    country: 'RU',
    language: 'ru',
    aliases: ['Василий Небензя', 'Vassily Nebenzia'],
    description: "Russia's Permanent Representative to the United Nations; at the Security Council he speaks for Russia, not for the UN.",
    representsId: 1,
    alignmentSlug: 'pro-government',
  }));
export type CreateSourceInput = z.input<typeof CreateSourceSchema>;

/** Details (reviewer) and alignment (editor, with a reason) in one edit, quoting the version read. */
export const UpdateSourceSchema = requireAChange(
  z.object({
    name: sourceDetails.name.optional(),
    kind: sourceDetails.kind.optional(),
    country: sourceDetails.country,
    language: sourceDetails.language,
    aliases: sourceDetails.aliases,
    description: sourceDetails.description,
    homepage: sourceDetails.homepage,
    representsId: sourceDetails.representsId,
    identifiers: sourceDetails.identifiers,
    alignmentSlug: AlignmentSlugSchema.optional(),
    alignmentReason: z.union([ReasonSchema, z.literal('').transform(() => undefined)]).optional(),
    version: VersionSchema,
  }).strict(),
  ['version', 'alignmentReason'],
).meta(requestExample({
    aliases: ['Centre for Research on Globalization', 'globalresearch.ca'],
    homepage: 'https://www.globalresearch.ca',
    identifiers: [{ kind: 'domain', value: 'https://www.globalresearch.ca/' }],
    version: 1,
  }));
export type UpdateSourceInput = z.input<typeof UpdateSourceSchema>;

/** Delete and restore a source (editor); the version is optional for scripts, checked when given. */
export const SourceLifecycleSchema = z
  .object({ reason: optionalText(1000), version: VersionSchema.optional() })
  .strict()
  .meta(requestExample({ reason: 'Created twice by mistake; nothing cites this copy.', version: 1 }));
export type SourceLifecycleInput = z.input<typeof SourceLifecycleSchema>;

/** Which grade stands on the kept source after a merge: its own, or the merged source's. */
export const KEEP_RATING_CHOICES = ['kept', 'merged'] as const;

/**
 * POST /api/v1/sources/:id/merge (editor): the source in the path stays, `mergeId` is folded
 * into it. `version` is the kept source's, as read; the rating choice and its rationale become
 * a new rating revision of the kept source, so its grade never changes silently.
 */
export const MergeSourcesSchema = z
  .object({
    mergeId: IdSchema,
    reason: ReasonSchema,
    version: VersionSchema,
    keepRating: z.enum(KEEP_RATING_CHOICES, { error: 'Choose which rating stands.' }),
    ratingRationale: RationaleSchema,
  })
  .strict()
  .meta(requestExample({
    mergeId: 12,
    reason: 'The same ministry was created twice under two spellings.',
    version: 3,
    keepRating: 'kept',
    ratingRationale: 'The kept record’s grade rests on the longer track record; the duplicate was rated from two claims only.',
  }));
export type MergeSourcesInput = z.input<typeof MergeSourcesSchema>;

/** POST /api/v1/sources/:id/unmerge (admin): the merged source in the path gets back what moved. */
export const UnmergeSourceSchema = z
  .object({ reason: ReasonSchema })
  .strict()
  .meta(requestExample({ reason: 'These are two different ministries after all; the merge was a mistake.' }));
export type UnmergeSourceInput = z.input<typeof UnmergeSourceSchema>;
