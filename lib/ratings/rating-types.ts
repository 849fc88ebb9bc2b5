import type { Reliability } from '@/lib/generated/prisma/enums';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';

/** One rating revision as readers see it: the grade, what it replaced, why, who, when. */
export type RatingRevisionFields = {
  id: number;
  version: number;
  reliability: Reliability;
  previous: Reliability | null;
  rationale: string;
  authorName: string | null;
  createdAt: Date;
};

export type RatingChange = RatingRevisionFields & { source: { id: number; name: string; alignment: AlignmentRef } };

/** What a source's rating is now, and the version an edit must quote (0 before the first rating). */
export type CurrentRating = {
  reliability: Reliability;
  version: number;
  rationale: string | null;
  author: string | null;
  at: Date | null;
};
