import 'server-only';
import { z } from 'zod';
import { IdSchema } from '@/lib/fields/field-schemas';
import { defineAction } from '@/lib/auth/require-writer';
import { ClaimLifecycleSchema, SetCredibilitySchema } from '@/lib/claims/claim-write-schemas';
import { setClaimCredibility } from '@/lib/claims/edit-claim.server';
import { deleteClaim, restoreClaim } from '@/lib/claims/delete-claim.server';

const ClaimIdField = { claimId: IdSchema };

export const setCredibilityHandler = defineAction({
  role: 'editor',
  schema: SetCredibilitySchema.extend(ClaimIdField),
  run: (viewer, { claimId, ...input }, { ip }) => setClaimCredibility(viewer, claimId, input, ip),
});

export const deleteClaimHandler = defineAction({
  role: 'editor',
  schema: ClaimLifecycleSchema.extend(ClaimIdField),
  run: (viewer, { claimId, ...input }, { ip }) => deleteClaim(viewer, claimId, input, ip),
});

export const restoreClaimHandler = defineAction({
  role: 'editor',
  schema: ClaimLifecycleSchema.extend(ClaimIdField),
  run: (viewer, { claimId, ...input }, { ip }) => restoreClaim(viewer, claimId, input, ip),
});
