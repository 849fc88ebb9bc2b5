import 'server-only';
import { sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/errors';

export type LockedSource = { id: number; version: number; deletedAt: Date | null; mergedIntoId: number | null };

/** The answer to any write on a source merged into another: 409 `merged`, naming the kept source. */
export const mergedSource = (sourceId: number, mergedIntoId: number, field?: string) =>
  new DomainError(
    409, 'merged', `Source #${sourceId} was merged into source #${mergedIntoId}; use that source instead.`,
    field ? { [field]: [`Merged into source #${mergedIntoId}.`] } : undefined, { mergedIntoId },
  );

/** The answer to an edit of a deleted source: restore it first (its page offers Restore to editors). */
export const deletedSource = (sourceId: number) =>
  new DomainError(409, 'deleted', `Source #${sourceId} is deleted; restore it before changing it.`);

/**
 * The first statement of every write to sources: locks their rows (`SELECT … FOR UPDATE`, in
 * ascending id order, so a merge and another write on the same sources cannot deadlock or
 * interleave) and refuses with 409 `merged` if one of them was merged. A missing id is absent
 * from the map; the caller decides what that means. Must run inside the write's transaction.
 */
export async function lockSourcesForWrite(tx: Tx, ids: number[]): Promise<Map<number, LockedSource>> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  if (sorted.length === 0) return new Map();
  const rows = await sqlRows<LockedSource>(
    Prisma.sql`SELECT id, version, deleted_at AS "deletedAt", merged_into_id AS "mergedIntoId"
      FROM sources WHERE id IN (${Prisma.join(sorted)}) ORDER BY id FOR UPDATE`,
    { tx },
  );
  const byId = new Map(rows.map((r) => [Number(r.id), { ...r, id: Number(r.id) }]));
  for (const id of ids) {
    const row = byId.get(id);
    if (row?.mergedIntoId != null) throw mergedSource(id, row.mergedIntoId);
  }
  return byId;
}
