import 'server-only';
import { db } from '@/lib/db';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { alignmentRefSelect } from '@/lib/alignments/alignment-queries.server';
import type { RatingChange } from './rating-types';
import { ratingRevisionSelect } from './rating-revision-select';

/** Newest rating revisions across all sources, for the home page. */
export async function listLatestRatingChanges(viewer: Viewer, limit = 10): Promise<RatingChange[]> {
  requireReader(viewer);
  const rows = await db.ratingRevision.findMany({
    select: {
      ...ratingRevisionSelect,
      source: { select: { id: true, name: true, alignment: { select: alignmentRefSelect } } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(1, limit), 100),
  });
  return rows.map(({ author, ...r }) => ({ ...r, authorName: author?.name ?? null }));
}
