import 'server-only';
import { db, type Tx } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { requireConflict } from '@/lib/conflicts/require-conflict.server';
import { eventRoles } from './event-permissions';
import { CreateEventSchema, type CreateEventData, type CreateEventInput } from './event-schemas';

const eventRow = { id: true, title: true, summary: true, startsAt: true, endsAt: true, placeName: true, latitude: true, longitude: true, placePrecision: true, conflictId: true, version: true } as const;

/** Inside a caller's transaction, so a claim and the event it creates commit together. */
export async function createEventInTx(tx: Tx, viewer: NonNullable<Viewer>, data: CreateEventData, ip?: string, field = 'conflictId') {
  await requireConflict(tx, data.conflictId, field);
  const created = await tx.event.create({ data, select: eventRow });
  await tx.eventRevision.create({
    data: { eventId: created.id, version: created.version, action: 'create', snapshot: { ...JSON.parse(JSON.stringify(created)), deletedAt: null }, authorId: viewer.id },
  });
  await recordAudit(tx, { actor: viewer, action: 'event.create', entityType: 'event', entityId: created.id, before: null, after: created, ip });
  return created;
}

export async function createEvent(viewer: Viewer, input: CreateEventInput, ip?: string) {
  requireRole(viewer, eventRoles.create);
  const data = CreateEventSchema.parse(input);
  return db.$transaction((tx) => createEventInTx(tx, viewer, data, ip));
}
