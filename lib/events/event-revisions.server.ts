import 'server-only';
import { sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { conflict } from '@/lib/errors';
import type { EventStateAnswer } from './event-answers';

const stateSelect = {
  id: true, title: true, summary: true, startsAt: true, endsAt: true, placeName: true,
  latitude: true, longitude: true, placePrecision: true, conflictId: true, version: true, deletedAt: true,
  reviewStatus: true, assigneeId: true, assignee: { select: { name: true } },
} as const;

/** What an event is right now, as the JSON a revision keeps and an edit answers (dates as ISO strings). */
export async function snapshotEvent(tx: Tx, eventId: number): Promise<EventStateAnswer | null> {
  const row = await tx.event.findUnique({ where: { id: eventId }, select: stateSelect });
  if (!row) return null;
  const { assignee, ...state } = row;
  return JSON.parse(JSON.stringify({ ...state, assigneeName: assignee?.name ?? null })) as EventStateAnswer;
}

/**
 * Locks event rows (`SELECT … FOR UPDATE`, ascending id, so two writes cannot deadlock) for a
 * change that must not interleave with another: a claim being attached checks the event under a
 * share lock, so it waits for a deletion and then sees it. Missing ids are absent.
 */
export async function lockEventsForWrite(tx: Tx, ids: number[]): Promise<Map<number, { id: number; deletedAt: Date | null }>> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const rows = await sqlRows<{ id: number; deletedAt: Date | null }>(
    Prisma.sql`SELECT id, deleted_at AS "deletedAt" FROM events WHERE id IN (${Prisma.join(sorted)}) ORDER BY id FOR UPDATE`,
    { tx },
  );
  return new Map(rows.map((r) => [Number(r.id), { id: Number(r.id), deletedAt: r.deletedAt }]));
}

/** The 409 of a stale version: what the event is now, so the editor can redo the change on it. */
export const staleEvent = (current: EventStateAnswer) =>
  conflict('Someone changed this event since you read it.', current);

type ChangeInput = { viewer: NonNullable<Viewer>; eventId: number; action: string; reason?: string | null; before: EventStateAnswer; ip?: string };

/**
 * After an event change, inside its transaction: one event_revisions row with the whole new
 * state, and one audit entry with before and after. An event with no revision yet (created
 * before history was kept, or imported) first keeps its earlier state, so the first change has
 * a base to compare with.
 */
export async function recordEventChange(tx: Tx, r: ChangeInput): Promise<EventStateAnswer> {
  const after = await snapshotEvent(tx, r.eventId);
  if (!after) throw new Error(`event ${r.eventId} vanished inside its own transaction`);
  if ((await tx.eventRevision.count({ where: { eventId: r.eventId } })) === 0) {
    await tx.eventRevision.create({
      data: { eventId: r.eventId, version: r.before.version, action: 'recorded', snapshot: r.before as object, authorId: null },
    });
  }
  await tx.eventRevision.create({
    data: { eventId: r.eventId, version: after.version, action: r.action, reason: r.reason ?? null, snapshot: after as object, authorId: r.viewer.id },
  });
  await recordAudit(tx, { actor: r.viewer, action: `event.${r.action}`, entityType: 'event', entityId: r.eventId, before: r.before, after, ip: r.ip });
  return after;
}
