import 'server-only';
import { z } from 'zod';
import { IdSchema } from '@/lib/fields/field-schemas';
import { defineAction } from '@/lib/api/define-action.server';
import { CreateRelationSchema, MergeClaimsSchema } from '@/lib/relations/relation-schemas';
import { createRelation, deleteRelation } from '@/lib/relations/relation-commands.server';
import { mergeClaims } from '@/lib/relations/merge-claims.server';
import { relationRoles } from '@/lib/relations/relation-permissions';

const ClaimIdField = z.object({ claimId: IdSchema });

export const linkClaimHandler = defineAction({
  role: relationRoles.link,
  schema: z.intersection(ClaimIdField, CreateRelationSchema),
  run: (viewer, { claimId, ...input }, { ip }) => createRelation(viewer, claimId, input, ip),
});

export const removeRelationHandler = defineAction({
  role: relationRoles.unlink,
  schema: z.object({ relationId: IdSchema }),
  run: (viewer, { relationId }, { ip }) => deleteRelation(viewer, relationId, ip),
});

export const mergeClaimHandler = defineAction({
  role: relationRoles.merge,
  schema: ClaimIdField.extend(MergeClaimsSchema.shape),
  run: (viewer, { claimId, mergeId }, { ip }) => mergeClaims(viewer, claimId, mergeId, ip),
});
