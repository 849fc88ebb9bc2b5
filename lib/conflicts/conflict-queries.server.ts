import 'server-only';
import { db, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { alignmentRefSelect } from '@/lib/alignments/alignment-queries.server';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';

export type ConflictRef = { id: number; name: string };
export type ConflictListItem = ConflictRef & { description: string | null; version: number; eventCount: number };

/** Every conflict by name, with how many live events it has (few: a list, not pages). */
export async function listConflicts(viewer: Viewer): Promise<{ items: ConflictListItem[] }> {
  requireReader(viewer);
  const rows = await sqlRows<ConflictListItem>(Prisma.sql`
    SELECT c.id, c.name, c.description, c.version,
      (SELECT count(*)::int FROM events e WHERE e.conflict_id = c.id AND e.deleted_at IS NULL) AS "eventCount"
    FROM conflicts c ORDER BY lower(c.name), c.id`);
  return { items: rows.map((r) => ({ ...r, id: Number(r.id), eventCount: Number(r.eventCount), version: Number(r.version) })) };
}

/** One conflict: its live events, latest first, and the sources aligned differently in it. */
export async function getConflict(viewer: Viewer, id: number) {
  requireReader(viewer);
  const conflict = await db.conflict.findUnique({
    where: { id },
    select: { id: true, externalId: true, name: true, description: true, version: true },
  });
  if (!conflict) return null;
  const [events, alignments] = await Promise.all([
    sqlRows<{ id: number; title: string; startsAt: Date | null; claimCount: number }>(Prisma.sql`
      SELECT e.id, e.title, e.starts_at AS "startsAt",
        (SELECT count(*)::int FROM claims c WHERE c.event_id = e.id AND c.deleted_at IS NULL AND c.merged_into_id IS NULL) AS "claimCount"
      FROM events e WHERE e.conflict_id = ${id} AND e.deleted_at IS NULL
      ORDER BY e.starts_at DESC NULLS LAST, e.id DESC`),
    db.sourceConflictAlignment.findMany({
      where: { conflictId: id, source: { deletedAt: null, mergedIntoId: null } },
      select: { reason: true, source: { select: { id: true, name: true } }, alignment: { select: alignmentRefSelect } },
      orderBy: { source: { name: 'asc' } },
    }),
  ]);
  return {
    ...conflict,
    events: events.map((e) => ({ ...e, id: Number(e.id), claimCount: Number(e.claimCount) })),
    sourceAlignments: alignments,
  };
}

export type AlignmentChangeRow = {
  id: number; from: AlignmentRef | null; to: AlignmentRef; reason: string; authorName: string | null; createdAt: Date;
};
export type SourceConflictAlignmentView = {
  conflict: ConflictRef;
  current: { alignment: AlignmentRef; reason: string; version: number; updatedAt: Date } | null;
  history: AlignmentChangeRow[];
};

/**
 * A source's alignment per conflict: each conflict it has (or had) an alignment of its own in,
 * with the current one (null when back to its default) and that conflict's changes, newest first.
 */
export async function listSourceConflictAlignments(viewer: Viewer, sourceId: number): Promise<{ items: SourceConflictAlignmentView[] } | null> {
  requireReader(viewer);
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!source) return null;
  const [current, changes] = await Promise.all([
    db.sourceConflictAlignment.findMany({
      where: { sourceId },
      select: { reason: true, version: true, updatedAt: true, alignment: { select: alignmentRefSelect }, conflict: { select: { id: true, name: true } } },
    }),
    db.sourceAlignmentChange.findMany({
      where: { sourceId, conflictId: { not: null } },
      select: {
        id: true, reason: true, createdAt: true, conflict: { select: { id: true, name: true } },
        from: { select: alignmentRefSelect }, to: { select: alignmentRefSelect }, author: { select: { name: true } },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }),
  ]);
  const byConflict = new Map<number, SourceConflictAlignmentView>();
  const entry = (c: ConflictRef) => {
    const found = byConflict.get(c.id) ?? { conflict: c, current: null, history: [] };
    byConflict.set(c.id, found);
    return found;
  };
  for (const { conflict, ...rest } of current) entry(conflict).current = rest;
  for (const { conflict, author, ...change } of changes) {
    if (conflict) entry(conflict).history.push({ ...change, authorName: author?.name ?? null });
  }
  return { items: [...byConflict.values()].sort((a, b) => a.conflict.name.localeCompare(b.conflict.name)) };
}
