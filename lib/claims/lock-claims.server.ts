import 'server-only';
import { sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/errors';

export type LockedClaim = { id: number; deletedAt: Date | null; mergedIntoId: number | null };

/** The answer to any write on a claim merged into another: 409 `merged`, naming the kept claim. */
export const mergedClaim = (claimId: number, mergedIntoId: number) =>
  new DomainError(409, 'merged', `Claim #${claimId} was merged into claim #${mergedIntoId}; change that claim instead.`, undefined, {
    mergedIntoId,
  });

/**
 * The first statement of every write to claims: locks their rows (`SELECT … FOR UPDATE`, in
 * ascending id order, so two writes on the same claims cannot deadlock or interleave) and
 * refuses with 409 `merged` if one of them was merged. A missing id is simply absent from the
 * map; the caller decides what that means. Must run inside the write's transaction.
 */
export async function lockClaimsForWrite(tx: Tx, ids: number[]): Promise<Map<number, LockedClaim>> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const rows = await sqlRows<LockedClaim>(
    Prisma.sql`SELECT id, deleted_at AS "deletedAt", merged_into_id AS "mergedIntoId"
      FROM claims WHERE id IN (${Prisma.join(sorted)}) ORDER BY id FOR UPDATE`,
    { tx },
  );
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  for (const id of ids) {
    const row = byId.get(id);
    if (row?.mergedIntoId != null) throw mergedClaim(id, row.mergedIntoId);
  }
  return byId;
}
