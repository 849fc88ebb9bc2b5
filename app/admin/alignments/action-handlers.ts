import 'server-only';
import { defineAction } from '@/lib/api/define-action.server';
import { AlignmentSlugSchema } from '@/lib/sources/source-schemas';
import { CreateAlignmentSchema, UpdateAlignmentSchema } from '@/lib/alignments/alignment-schemas';
import { createAlignment, updateAlignment } from '@/lib/alignments/alignment-commands.server';
import { alignmentRoles } from '@/lib/alignments/alignment-permissions';

export const createAlignmentHandler = defineAction({
  role: alignmentRoles.create,
  schema: CreateAlignmentSchema,
  run: (viewer, input, { ip }) => createAlignment(viewer, input, ip),
});

export const updateAlignmentHandler = defineAction({
  role: alignmentRoles.edit,
  schema: UpdateAlignmentSchema.extend({ slug: AlignmentSlugSchema }),
  run: (viewer, { slug, ...input }, { ip }) => updateAlignment(viewer, slug, input, ip),
});
