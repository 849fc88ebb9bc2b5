import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { PathIdSchema } from '@/lib/api/id-param';
import { optionalText, requireAChange, VersionSchema } from '@/lib/fields/field-schemas';
import { AlignmentSlugSchema, ReasonSchema } from '@/lib/sources/source-schemas';

// Conflicts (theatres of war) and a source's alignment in one. Browser-safe: the forms run
// these same schemas before sending.

const name = z.string().trim().min(3, 'Name the conflict (3+ characters).').max(200, 'At most 200 characters.');

/** POST /api/v1/conflicts. */
export const CreateConflictSchema = z
  .object({ name, description: optionalText(4000) })
  .strict()
  .meta(requestExample({
    name: 'Syrian civil war',
    description: 'The war in Syria since 2011: the government and its allies, the armed opposition, Hayat Tahrir al-Sham and others.',
  }));
export type CreateConflictInput = z.input<typeof CreateConflictSchema>;

/** PATCH /api/v1/conflicts/:id at the `version` read. */
export const EditConflictSchema = requireAChange(
  z.object({ name: name.optional(), description: optionalText(4000), version: VersionSchema }).strict(),
  ['version'],
).meta(requestExample({ description: 'The war in Syria since 2011, including the fighting in Idlib.', version: 1 }));
export type EditConflictInput = z.input<typeof EditConflictSchema>;

/** /api/v1/sources/{id}/conflict-alignments/{conflictId}. */
export const ConflictAlignmentParamsSchema = z.object({ id: PathIdSchema, conflictId: PathIdSchema });

/**
 * PUT …/conflict-alignments/{conflictId}: the source's alignment in that conflict, with why.
 * `version` (of its current alignment in the conflict) is checked when given.
 */
export const SetConflictAlignmentSchema = z
  .object({ alignmentSlug: AlignmentSlugSchema, reason: ReasonSchema, version: VersionSchema.optional() })
  .strict()
  .meta(requestExample({
    alignmentSlug: 'pro-government',
    reason: 'The ministry speaks for a belligerent in this war, not for a government it supports.',
  }));
export type SetConflictAlignmentInput = z.input<typeof SetConflictAlignmentSchema>;

/** DELETE …/conflict-alignments/{conflictId}: back to the default alignment in that conflict. */
export const RemoveConflictAlignmentSchema = z
  .object({ reason: ReasonSchema, version: VersionSchema.optional() })
  .strict()
  .meta(requestExample({ reason: 'Its default alignment describes it in this conflict too.', version: 1 }));
export type RemoveConflictAlignmentInput = z.input<typeof RemoveConflictAlignmentSchema>;
