import 'server-only';
import { db } from '@/lib/db';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import type { AlignmentListItem } from './alignment-types';

export const alignmentRefSelect = { slug: true, label: true, color: true } as const;

/** The vocabulary for filters and badges: live alignments first, each group in sortOrder. */
export async function listAlignments(viewer: Viewer): Promise<AlignmentListItem[]> {
  requireReader(viewer);
  const rows = await db.alignment.findMany({
    select: {
      ...alignmentRefSelect,
      description: true,
      sortOrder: true,
      retiredAt: true,
      version: true,
    },
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
  });
  return [...rows.filter((a) => !a.retiredAt), ...rows.filter((a) => a.retiredAt)];
}
