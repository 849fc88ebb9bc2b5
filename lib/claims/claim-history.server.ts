import 'server-only';
import { db } from '@/lib/db';
import { hasRole, requireReader, type Viewer } from '@/lib/auth/viewer';
import { notFound } from '@/lib/errors';
import { diffSnapshots, type ClaimSnapshot, type DiffLine } from './claim-history';

export type ClaimHistoryEntry = {
  id: number;
  version: number;
  action: string;
  reason: string | null;
  author: string | null;
  createdAt: Date;
  changes: DiffLine[];
};

/** Every revision of a claim, newest first, each with what changed since the one before. */
export async function getClaimHistory(viewer: Viewer, claimId: number): Promise<ClaimHistoryEntry[]> {
  requireReader(viewer);
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { deletedAt: true } });
  if (!claim || (claim.deletedAt && !hasRole(viewer, 'editor'))) throw notFound('Claim');
  const rows = await db.claimRevision.findMany({
    where: { claimId },
    select: { id: true, version: true, action: true, reason: true, snapshot: true, createdAt: true, author: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  let previous: ClaimSnapshot | null = null;
  const entries: ClaimHistoryEntry[] = [];
  for (const row of rows) {
    const snapshot = row.snapshot as unknown as ClaimSnapshot;
    entries.push({
      id: row.id,
      version: row.version,
      action: row.action,
      reason: row.reason,
      author: row.author?.name ?? null,
      createdAt: row.createdAt,
      changes: diffSnapshots(previous, snapshot),
    });
    previous = snapshot;
  }
  return entries.reverse();
}
