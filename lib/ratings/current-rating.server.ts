import 'server-only';
import { db } from '@/lib/db';
import { currentRatingOf } from './current-rating';
import type { CurrentRating } from './rating-types';

/** The current rating of one source (see currentRatingOf), or null when there is no such source. */
export async function loadCurrentRating(sourceId: number): Promise<CurrentRating | null> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { reliability: true, ratingVersion: true } });
  if (!source) return null;
  const revision = await db.ratingRevision.findUnique({
    where: { sourceId_version: { sourceId, version: source.ratingVersion } },
    select: { version: true, rationale: true, createdAt: true, author: { select: { name: true } } },
  });
  const revisions = revision ? [{ ...revision, authorName: revision.author?.name ?? null }] : [];
  return currentRatingOf(source, revisions);
}
