import 'server-only';
import { db } from '@/lib/db';
import { hasRole, requireReader, type Viewer } from '@/lib/auth/viewer';
import { notFound } from '@/lib/errors';
import { readImportOrigin, toImportOriginView, type ImportOriginView } from '@/lib/import-origin/import-origin';
import { diffSnapshots, type DiffLine } from './claim-history';
import { readRevisionSnapshot, type ClaimStateSnapshot } from './claim-snapshot-schema';

export type ClaimHistoryEntry = {
  id: number;
  version: number;
  action: string;
  reason: string | null;
  author: string | null;
  createdAt: Date;
  changes: DiffLine[];
  /** False when the stored snapshot is not one the history can read: shown, not diffed. */
  readable: boolean;
  /** Set on revisions an exchange import added: the file, the importer, the stated author and date. */
  importOrigin: ImportOriginView | null;
  /**
   * The stored JSON of an unreadable revision, as text, for editors (who can judge and repair
   * it); null for readable revisions and for everyone else.
   */
  rawSnapshot: string | null;
  /** Set when the revision was recorded on a duplicate later merged into this claim. */
  fromClaimId: number | null;
};

/** Every revision of a claim, newest first, each with what changed since the one before. */
export async function getClaimHistory(viewer: Viewer, claimId: number): Promise<ClaimHistoryEntry[]> {
  requireReader(viewer);
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { deletedAt: true } });
  if (!claim || (claim.deletedAt && !hasRole(viewer, 'editor'))) throw notFound('Claim');
  const rows = await db.claimRevision.findMany({
    where: { claimId },
    select: {
      id: true, version: true, action: true, reason: true, snapshot: true, createdAt: true, importOrigin: true,
      author: { select: { name: true } },
    },
    orderBy: { id: 'asc' },
  });
  const showRaw = hasRole(viewer, 'editor');
  // A merge moves the duplicate's revisions here; each is diffed against the one before it on
  // the same claim, never against the kept claim's own.
  const previousOf = new Map<number, ClaimStateSnapshot>();
  const entries: ClaimHistoryEntry[] = [];
  for (const row of rows) {
    const read = readRevisionSnapshot(row.action, row.snapshot);
    let changes: DiffLine[] = [];
    let fromClaimId: number | null = null;
    if (read.kind === 'state') {
      const on = read.snapshot.id ?? claimId;
      changes = diffSnapshots(previousOf.get(on) ?? null, read.snapshot);
      previousOf.set(on, read.snapshot);
      fromClaimId = on === claimId ? null : on;
    } else if (read.kind === 'merge') {
      // The duplicate's attributions show as added at the next change, diffed against this state.
      changes = [{ kind: 'added', field: 'Merged duplicate', value: `#${read.snapshot.merged.id}: ${read.snapshot.merged.text}` }];
    }
    entries.push({
      id: row.id,
      version: row.version,
      action: row.action,
      reason: row.reason,
      author: row.author?.name ?? null,
      createdAt: row.createdAt,
      changes,
      readable: read.kind !== 'unreadable',
      importOrigin: toImportOriginView(readImportOrigin(row.importOrigin)),
      fromClaimId,
      rawSnapshot: read.kind === 'unreadable' && showRaw ? JSON.stringify(row.snapshot, null, 2) : null,
    });
  }
  return entries.reverse();
}
