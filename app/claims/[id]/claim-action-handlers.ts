import 'server-only';
import { IdSchema } from '@/lib/fields/field-schemas';
import { defineAction } from '@/lib/api/define-action.server';
import { ClaimLifecycleSchema, SetCredibilitySchema } from '@/lib/claims/claim-write-schemas';
import { setClaimCredibility } from '@/lib/claims/edit-claim.server';
import { deleteClaim, restoreClaim } from '@/lib/claims/delete-claim.server';
import { claimRoles } from '@/lib/claims/claim-permissions';

const ClaimIdField = { claimId: IdSchema };

export const setCredibilityHandler = defineAction({
  role: claimRoles.setCredibility,
  schema: SetCredibilitySchema.extend(ClaimIdField),
  run: (viewer, { claimId, ...input }, { ip }) => setClaimCredibility(viewer, claimId, input, ip),
});

export const deleteClaimHandler = defineAction({
  role: claimRoles.delete,
  schema: ClaimLifecycleSchema.extend(ClaimIdField),
  run: (viewer, { claimId, ...input }, { ip }) => deleteClaim(viewer, claimId, input, ip),
});

export const restoreClaimHandler = defineAction({
  role: claimRoles.restore,
  schema: ClaimLifecycleSchema.extend(ClaimIdField),
  run: (viewer, { claimId, ...input }, { ip }) => restoreClaim(viewer, claimId, input, ip),
});
