import 'server-only';
import { db } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { conflict } from '@/lib/errors';
import { bumpClaimVersion, recordClaimChange } from './claim-snapshot.server';
import { requireLiveSnapshot, staleClaim } from './edit-claim.server';
import { ClaimLifecycleSchema, type ClaimLifecycleInput } from './claim-write-schemas';
import { claimRoles } from './claim-permissions';

// Soft delete: the row, its attributions and its history stay; readers stop seeing it and an
// editor can restore it. Both are revisions like any edit.

async function setDeleted(viewer: Viewer, claimId: number, deleted: boolean, input: ClaimLifecycleInput, ip?: string) {
  requireRole(viewer, deleted ? claimRoles.delete : claimRoles.restore);
  const { version, reason } = ClaimLifecycleSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await requireLiveSnapshot(tx, viewer, claimId, true);
    if (Boolean(before.deletedAt) === deleted) {
      throw conflict(deleted ? 'This claim is already deleted.' : 'This claim is not deleted.', before);
    }
    if (version !== undefined && version !== before.version) throw staleClaim(before);
    const data = deleted ? { deletedAt: new Date(), deletedById: viewer.id } : { deletedAt: null, deletedById: null };
    if (!(await bumpClaimVersion(tx, claimId, before.version, data))) throw staleClaim(before);
    return recordClaimChange(tx, { viewer, claimId, before, ip, action: deleted ? 'delete' : 'restore', reason });
  });
}

export const deleteClaim = (viewer: Viewer, claimId: number, input: ClaimLifecycleInput = {}, ip?: string) =>
  setDeleted(viewer, claimId, true, input, ip);

export const restoreClaim = (viewer: Viewer, claimId: number, input: ClaimLifecycleInput = {}, ip?: string) =>
  setDeleted(viewer, claimId, false, input, ip);
