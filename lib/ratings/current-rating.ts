import type { Reliability } from '@/lib/generated/prisma/enums';
import type { CurrentRating } from './rating-types';

type RatedSource = { reliability: Reliability; ratingVersion: number };
type RevisionLike = { version: number; rationale: string; authorName: string | null; createdAt: Date };

/**
 * A source's current rating: its grade and rating_version, with the reason, author and date of the
 * revision written at that version. The revision is picked by version, not by being the newest row,
 * so what the source page shows is exactly what a 409 answers and what a rating edit must quote.
 * A source never rated (version 0) has no such revision.
 */
export function currentRatingOf(source: RatedSource, revisions: readonly RevisionLike[]): CurrentRating {
  const at = revisions.find((r) => r.version === source.ratingVersion);
  return {
    reliability: source.reliability,
    version: source.ratingVersion,
    rationale: at?.rationale ?? null,
    author: at?.authorName ?? null,
    at: at?.createdAt ?? null,
  };
}
