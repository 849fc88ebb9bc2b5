import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { AlignmentRef } from './alignment-types';
import { alignmentRefSelect } from './alignment-queries.server';

/**
 * The alignments the given sources have in one conflict, where they differ from their default
 * (sourceId → alignment). Reads that load sources with Prisma apply it over each source's
 * default alignment; SQL reads use alignmentInConflictSql instead.
 */
export async function alignmentsInConflict(
  conflictId: number | null | undefined,
  sourceIds: readonly number[],
  tx: Tx | typeof db = db,
): Promise<Map<number, AlignmentRef>> {
  if (conflictId == null || sourceIds.length === 0) return new Map();
  const rows = await tx.sourceConflictAlignment.findMany({
    where: { conflictId, sourceId: { in: [...new Set(sourceIds)] } },
    select: { sourceId: true, alignment: { select: alignmentRefSelect } },
  });
  return new Map(rows.map((r) => [r.sourceId, r.alignment]));
}
