import 'server-only';
import { db } from '@/lib/db';
import { currentRatingOf } from './current-rating';
import type { CurrentRating } from './rating-types';

/** The current rating of one source (see currentRatingOf), or null when there is no such source. */
export async function loadCurrentRating(sourceId: number): Promise<CurrentRating | null> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { reliability: true, ratingVersion: true } });
  if (!source) return null;
  // The source's own revision at that version (revisions moved in by a merge keep their old numbers).
  const revision = await db.ratingRevision.findFirst({
    where: { sourceId, version: source.ratingVersion, fromSourceId: null },
    select: { version: true, rationale: true, createdAt: true, author: { select: { name: true } } },
  });
  const revisions = revision ? [{ ...revision, authorName: revision.author?.name ?? null }] : [];
  return currentRatingOf(source, revisions);
}
