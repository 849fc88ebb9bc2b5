import 'server-only';
import { db } from '@/lib/db';
import { hasRole, requireReader, type Viewer } from '@/lib/auth/viewer';
import { notFound } from '@/lib/errors';
import { diffEventSnapshots, type EventChange } from './event-history';
import { readEventSnapshot, type EventSnapshot } from './event-snapshot-schema';

export type EventHistoryEntry = {
  id: number;
  version: number;
  action: string;
  reason: string | null;
  author: string | null;
  createdAt: Date;
  readable: boolean;
  changes: EventChange[];
  /** The stored JSON of an unreadable revision, for editors; null otherwise. */
  rawSnapshot: unknown;
};

/**
 * Every revision of an event, newest first, each compared with the readable one before it. A
 * snapshot that does not parse is listed as unreadable, never an error. A deleted event's
 * history is for editors, like the event.
 */
export async function getEventHistory(viewer: Viewer, eventId: number): Promise<EventHistoryEntry[]> {
  requireReader(viewer);
  const event = await db.event.findUnique({ where: { id: eventId }, select: { deletedAt: true } });
  const isEditor = hasRole(viewer, 'editor');
  if (!event || (event.deletedAt && !isEditor)) throw notFound('Event');
  const rows = await db.eventRevision.findMany({
    where: { eventId },
    select: { id: true, version: true, action: true, reason: true, snapshot: true, createdAt: true, author: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  // Snapshots keep the conflict's id; the history names it (as it is called now).
  const conflictIds = [...new Set(rows.flatMap((r) => {
    const id = readEventSnapshot(r.snapshot)?.conflictId;
    return typeof id === 'number' ? [id] : [];
  }))];
  const conflictNames = new Map(
    (conflictIds.length ? await db.conflict.findMany({ where: { id: { in: conflictIds } }, select: { id: true, name: true } }) : [])
      .map((c) => [String(c.id), c.name]),
  );
  const named = (v: string | null) => (v === null ? null : (conflictNames.get(v) ?? `#${v}`));
  let previous: EventSnapshot | null = null;
  const entries = rows.map((row): EventHistoryEntry => {
    const snapshot = readEventSnapshot(row.snapshot);
    const changes = (snapshot ? diffEventSnapshots(previous, snapshot) : [])
      .map((c) => (c.field === 'Conflict' ? { ...c, before: named(c.before), after: named(c.after) } : c));
    if (snapshot) previous = snapshot;
    return {
      id: row.id, version: row.version, action: row.action, reason: row.reason, author: row.author?.name ?? null,
      createdAt: row.createdAt, readable: snapshot !== null, changes,
      rawSnapshot: snapshot === null && isEditor ? row.snapshot : null,
    };
  });
  return entries.reverse();
}
