import type { AttributionRole, Reliability, SourceKind } from '@/lib/generated/prisma/enums';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import type { ImportOriginView } from '@/lib/import-origin/import-origin';
import type { CurrentRating } from '@/lib/ratings/rating-types';
import type { RatingRevisionFields } from '@/lib/ratings/rating-types';
import type { SourceIdentifier } from './source-identifiers';

// The rating form reads the current rating's shape from here as well.
export type { CurrentRating };

/** A source as claim lists and event columns name it. */
export type SourceRef = { id: number; name: string; alignment: AlignmentRef };

export type SourceListItem = {
  id: number;
  name: string;
  kind: SourceKind;
  alignment: AlignmentRef;
  country: string | null;
  language: string | null;
  aliases: string[];
  reliability: Reliability;
  represents: { id: number; name: string } | null;
  /** Live claims the source asserts, relays or denies. */
  claimCount: number;
  identifiers: SourceIdentifier[];
  /** In a search, the name or alias that matched (docs/decisions/012-source-lookup.md). */
  matched: SourceMatch | null;
};

export type SourceMatch = { name: string; kind: 'name' | 'alias' | 'identifier'; score: number };


export type RatingRevisionView = RatingRevisionFields & {
  /** Set on revisions an exchange import added: the file, the importer, the stated author and date. */
  importOrigin: ImportOriginView | null;
  /** Set on revisions made on another source record that was merged into this one. */
  fromSource: { id: number; name: string } | null;
};

export type AlignmentChangeView = {
  id: number;
  from: AlignmentRef | null;
  to: AlignmentRef;
  reason: string;
  authorName: string | null;
  createdAt: Date;
};

export type TrackRecord = {
  /** Keys 1–6 always present (0 when none): live claims it asserted or relayed; `total` sums them. */
  byCredibility: Record<1 | 2 | 3 | 4 | 5 | 6, number>;
  byRole: Record<AttributionRole, number>;
  total: number;
};

export type SourceDetail = {
  id: number;
  externalId: string | null;
  name: string;
  kind: SourceKind;
  alignment: AlignmentRef;
  country: string | null;
  language: string | null;
  aliases: string[];
  description: string | null;
  homepage: string | null;
  identifiers: SourceIdentifier[];
  version: number;
  /** Set when deleted: only editors see it then. */
  deletedAt: Date | null;
  represents: { id: number; name: string } | null;
  representedBy: { id: number; name: string }[];
  rating: CurrentRating;
  /** Newest first. */
  ratingHistory: RatingRevisionView[];
  /** Newest first. */
  alignmentHistory: AlignmentChangeView[];
  trackRecord: TrackRecord;
  recentClaims: { id: number; text: string; credibility: number; role: AttributionRole }[];
};
