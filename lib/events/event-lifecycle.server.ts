import 'server-only';
import { db, type Tx } from '@/lib/db';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { conflict, invalid, notFound } from '@/lib/errors';
import { eventRoles } from './event-permissions';
import { RestoreEventSchema, type RestoreEventInput } from './event-schemas';
import { lockEventsForWrite, recordEventChange, snapshotEvent, staleEvent } from './event-revisions.server';
import type { EventStateAnswer } from './event-answers';

// Soft delete: the row and its history stay; readers stop seeing it and an editor can restore
// it. Moving an event's claims away belongs to the claims (each claim gets its own revision),
// so deleting one with claims is composed there around `deleteEventInTx`.

/**
 * Inside the deletion's transaction: locks the event (and the event its claims move to, in id
 * order), checks both, and returns the event as it was. Run before touching its claims.
 */
export async function lockEventForDelete(tx: Tx, eventId: number, moveTo: number | undefined, version: number | undefined) {
  if (moveTo === eventId) throw invalid('Move the claims to another event.', { moveClaimsTo: ['Choose an event other than the one being deleted.'] });
  const locked = await lockEventsForWrite(tx, moveTo === undefined ? [eventId] : [eventId, moveTo]);
  const before = await snapshotEvent(tx, eventId);
  if (!before || !locked.has(eventId)) throw notFound('Event');
  if (before.deletedAt) throw conflict('This event is already deleted.', before);
  if (version !== undefined && version !== before.version) throw staleEvent(before);
  if (moveTo !== undefined) {
    const target = locked.get(moveTo);
    if (!target) throw invalid('Unknown event.', { moveClaimsTo: ['No such event.'] });
    if (target.deletedAt) throw invalid('That event is deleted.', { moveClaimsTo: ['That event is deleted; choose a live one.'] });
  }
  return before;
}

/** Marks the locked event deleted and records the revision; its claims must be gone already. */
export async function deleteEventInTx(tx: Tx, viewer: NonNullable<Viewer>, before: EventStateAnswer, reason: string | null | undefined, ip?: string) {
  const bumped = await updateAtVersion(tx.event, { id: before.id }, before.version, { deletedAt: new Date(), deletedById: viewer.id });
  if (bumped === null) throw staleEvent(before);
  return recordEventChange(tx, { viewer, eventId: before.id, action: 'delete', reason, before, ip });
}

export async function restoreEvent(viewer: Viewer, eventId: number, input: RestoreEventInput = {}, ip?: string) {
  requireRole(viewer, eventRoles.restore);
  const { version, reason } = RestoreEventSchema.parse(input);
  return db.$transaction(async (tx) => {
    await lockEventsForWrite(tx, [eventId]);
    const before = await snapshotEvent(tx, eventId);
    if (!before) throw notFound('Event');
    if (!before.deletedAt) throw conflict('This event is not deleted.', before);
    if (version !== undefined && version !== before.version) throw staleEvent(before);
    if (await updateAtVersion(tx.event, { id: eventId }, before.version, { deletedAt: null, deletedById: null }) === null) throw staleEvent(before);
    return recordEventChange(tx, { viewer, eventId, action: 'restore', reason, before, ip });
  });
}
