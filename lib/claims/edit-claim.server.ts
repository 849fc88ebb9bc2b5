import 'server-only';
import { db, type Tx } from '@/lib/db';
import { hasRole, requireRole, type Viewer } from '@/lib/auth/viewer';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { requireEvent, requirePartySources } from './create-claim.server';
import { bumpClaimVersion, recordClaimChange, snapshotClaim } from './claim-snapshot.server';
import { EditClaimSchema, SetCredibilitySchema, type EditClaimInput } from './claim-write-schemas';
import type { ClaimSnapshot } from './claim-history';
import { claimRoles } from './claim-permissions';
import { lockClaimsForWrite } from './lock-claims.server';

export const staleClaim = (current: ClaimSnapshot) =>
  conflict('Someone changed this claim since you opened it. Their version is shown; your text is kept.', current);

/** The claim as it is now, locked for this write, refusing a merged one (409), a missing one (and a deleted one, except for editors). */
export async function requireLiveSnapshot(tx: Tx, viewer: NonNullable<Viewer>, claimId: number, allowDeleted = false) {
  // Locks the row first and refuses a merged claim (409 `merged`), before anything is read.
  await lockClaimsForWrite(tx, [claimId]);
  const before = await snapshotClaim(tx, claimId);
  if (!before || (before.deletedAt && !(allowDeleted && hasRole(viewer, 'editor')))) throw notFound('Claim');
  return before;
}

/**
 * Edits a claim at the version the editor read; a stale version is a 409 carrying the current
 * claim. Changing the credibility needs an editor and a reason, both kept in the history.
 */
export async function editClaim(viewer: Viewer, claimId: number, input: EditClaimInput, ip?: string) {
  requireRole(viewer, claimRoles.edit);
  const { version, parties, figures, reason, credibility, credibilityReason, ...fields } = EditClaimSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await requireLiveSnapshot(tx, viewer, claimId);
    const rating = credibility !== undefined && credibility !== before.credibility;
    if (rating) {
      if (!hasRole(viewer, claimRoles.setCredibility)) throw forbidden('Only editors set a claim’s credibility.');
      if (!credibilityReason) throw invalid('Say why, in a few words.', { credibilityReason: ['Give a reason for the new credibility.'] });
    }
    await requireEvent(tx, fields.eventId);
    await requirePartySources(tx, parties);
    const data = { ...fields, ...(rating ? { credibility, credibilityReason } : {}) };
    if (!(await bumpClaimVersion(tx, claimId, version, data))) throw staleClaim(before);
    if (parties) {
      await tx.claimParty.deleteMany({ where: { claimId } });
      await tx.claimParty.createMany({ data: parties.map((p) => ({ claimId, role: p.role, name: p.name, sourceId: p.sourceId ?? null })) });
    }
    if (figures) {
      await tx.claimFigure.deleteMany({ where: { claimId } });
      await tx.claimFigure.createMany({ data: figures.map((f) => ({ claimId, ...f })) });
    }
    const onlyRating = rating && Object.keys(fields).length === 0 && !parties && !figures;
    return recordClaimChange(tx, {
      viewer, claimId, before, ip,
      action: onlyRating ? 'credibility' : 'edit',
      reason: rating ? credibilityReason : reason,
    });
  });
}

/** The claim page's verdict form: an edit of the credibility alone (editor). */
export async function setClaimCredibility(viewer: Viewer, claimId: number, input: unknown, ip?: string) {
  requireRole(viewer, claimRoles.setCredibility);
  const parsed = SetCredibilitySchema.parse(input);
  return editClaim(viewer, claimId, parsed, ip);
}
