import 'server-only';
import { sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireReader, type Viewer } from '@/lib/auth/viewer';

/**
 * The live source a merged source now lives on, following merges of merges, or null when
 * this source was not merged (or does not exist). Its page and API answer redirect there.
 */
export async function findMergedInto(viewer: Viewer, sourceId: number): Promise<number | null> {
  requireReader(viewer);
  const [row] = await sqlRows<{ id: number | null }>(Prisma.sql`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT merged_into_id, 1 FROM sources WHERE id = ${sourceId} AND merged_into_id IS NOT NULL
      UNION ALL
      SELECT s.merged_into_id, c.depth + 1 FROM chain c JOIN sources s ON s.id = c.id
      WHERE s.merged_into_id IS NOT NULL AND c.depth < 50)
    SELECT id FROM chain ORDER BY depth DESC LIMIT 1`);
  return row?.id == null ? null : Number(row.id);
}
