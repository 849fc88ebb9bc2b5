import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { claimApi } from '@/lib/claims/claim-api';
import { getClaim } from '@/lib/claims/claim-queries.server';
import { editClaim } from '@/lib/claims/edit-claim.server';
import { deleteClaim } from '@/lib/claims/delete-claim.server';

export const GET = defineRoute(claimApi.get, async ({ viewer, params }) => {
  const found = await getClaim(viewer, params.id);
  if (!found) throw notFound('Claim');
  return found;
});

/** Edit at the `version` read; 409 with the current claim when someone saved first. */
export const PATCH = defineRoute(claimApi.edit, ({ viewer, params, body, ip }) => editClaim(viewer, params.id, body, ip));

/** Soft delete; POST …/restore brings it back. */
export const DELETE = defineRoute(claimApi.delete, ({ viewer, params, body, ip }) => deleteClaim(viewer, params.id, body, ip));
