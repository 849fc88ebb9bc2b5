import 'server-only';
import { db } from '@/lib/db';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { hasRole, requireRole, type Viewer } from '@/lib/auth/viewer';
import { conflict, invalid, notFound } from '@/lib/errors';
import { requireConflict } from '@/lib/conflicts/require-conflict.server';
import { eventRoles } from './event-permissions';
import { EditEventSchema, type EditEventInput } from './event-schemas';
import { lockEventsForWrite, recordEventChange, snapshotEvent, staleEvent } from './event-revisions.server';

/**
 * Edits an event at the version the editor read: a stale version is 409 with the event as it
 * is now. A deleted event is edited only after it is restored.
 */
export async function editEvent(viewer: Viewer, eventId: number, input: EditEventInput, ip?: string) {
  requireRole(viewer, eventRoles.edit);
  const { version, reason, ...changes } = EditEventSchema.parse(input);
  return db.$transaction(async (tx) => {
    await lockEventsForWrite(tx, [eventId]);
    const before = await snapshotEvent(tx, eventId);
    if (!before || (before.deletedAt && !hasRole(viewer, eventRoles.restore))) throw notFound('Event');
    if (before.deletedAt) throw conflict('This event is deleted; restore it before editing it.', before);
    if (version !== before.version) throw staleEvent(before);
    await requireConflict(tx, changes.conflictId);
    // The dates are checked together, each side as it will be after the edit.
    const startsAt = changes.startsAt !== undefined ? changes.startsAt : before.startsAt ? new Date(before.startsAt) : null;
    const endsAt = changes.endsAt !== undefined ? changes.endsAt : before.endsAt ? new Date(before.endsAt) : null;
    if (startsAt && endsAt && endsAt < startsAt) throw invalid('The event ends before it starts.', { endsAt: ['The event ends before it starts.'] });
    if (await updateAtVersion(tx.event, { id: eventId }, version, changes) === null) throw staleEvent(before);
    return recordEventChange(tx, { viewer, eventId, action: 'edit', reason, before, ip });
  });
}
