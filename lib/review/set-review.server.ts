import 'server-only';
import { db } from '@/lib/db';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { hasRole, requireRole, type Viewer } from '@/lib/auth/viewer';
import { conflict, DomainError, invalid, notFound } from '@/lib/errors';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { bumpClaimVersion, recordClaimChange } from '@/lib/claims/claim-snapshot.server';
import { requireLiveSnapshot, staleClaim } from '@/lib/claims/edit-claim.server';
import { lockEventsForWrite, recordEventChange, snapshotEvent, staleEvent } from '@/lib/events/event-revisions.server';
import { requireAssignee } from './assignable-users.server';
import { reviewRoles } from './review-permissions';
import { SetReviewSchema, type SetReviewInput } from './review-schemas';

// A 403 that names the field whose value needs more than the viewer's role.
const forbiddenField = (field: string, message: string) =>
  new DomainError(403, 'forbidden', message, { [field]: [message] });

/** The editor-only statuses; moving among the others is a reviewer's work. */
function requireStatusRole(viewer: NonNullable<Viewer>, status: ReviewStatus | undefined, kind: 'claim' | 'event') {
  if (status === 'reviewed' && !hasRole(viewer, reviewRoles.markReviewed)) {
    throw forbiddenField('status', `Only editors mark ${kind === 'claim' ? 'a claim' : 'an event'} reviewed.`);
  }
  if (status === 'settled' && !hasRole(viewer, reviewRoles.settle)) throw forbiddenField('status', 'Only editors settle an event.');
}

/**
 * Changes a claim's review status or assignee at the version the reviewer read (409 with the
 * claim as it is now otherwise). One claim revision (action `review`) and one audit entry.
 */
export async function setClaimReview(viewer: Viewer, claimId: number, input: SetReviewInput, ip?: string) {
  requireRole(viewer, reviewRoles.review);
  const { status, assigneeId, version, reason } = SetReviewSchema.parse(input);
  if (status === 'settled') throw invalid('Only events can be settled; a claim is reviewed.', { status: ['A claim cannot be settled: use reviewed.'] });
  requireStatusRole(viewer, status, 'claim');
  return db.$transaction(async (tx) => {
    const before = await requireLiveSnapshot(tx, viewer, claimId);
    if (before.deletedAt) throw conflict('This claim is deleted; restore it before reviewing it.', before);
    if (assigneeId != null) await requireAssignee(tx, assigneeId);
    const data = { ...(status ? { reviewStatus: status } : {}), ...(assigneeId !== undefined ? { assigneeId } : {}) };
    if (!(await bumpClaimVersion(tx, claimId, version, data))) throw staleClaim(before);
    return recordClaimChange(tx, { viewer, claimId, before, ip, action: 'review', reason });
  });
}

/** The same for an event, which can also be settled (editors); one event revision and one audit entry. */
export async function setEventReview(viewer: Viewer, eventId: number, input: SetReviewInput, ip?: string) {
  requireRole(viewer, reviewRoles.review);
  const { status, assigneeId, version, reason } = SetReviewSchema.parse(input);
  requireStatusRole(viewer, status, 'event');
  return db.$transaction(async (tx) => {
    await lockEventsForWrite(tx, [eventId]);
    const before = await snapshotEvent(tx, eventId);
    if (!before || before.deletedAt) throw notFound('Event');
    if (version !== before.version) throw staleEvent(before);
    if (assigneeId != null) await requireAssignee(tx, assigneeId);
    const data = { ...(status ? { reviewStatus: status } : {}), ...(assigneeId !== undefined ? { assigneeId } : {}) };
    if ((await updateAtVersion(tx.event, { id: eventId }, version, data)) === null) throw staleEvent(before);
    return recordEventChange(tx, { viewer, eventId, action: 'review', reason, before, ip });
  });
}
