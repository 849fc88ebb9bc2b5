import type { Dispute, PlacePrecision, ReviewStatus } from '@/lib/generated/prisma/enums';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import type { SourceRef } from '@/lib/sources/source-types';


export type EventListItem = {
  id: number;
  title: string;
  summary: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  placeName: string | null;
  claimCount: number;
  createdAt: Date;
  reviewStatus: ReviewStatus;
};

export type ContestedEvent = EventListItem & {
  contradictionCount: number;
  alignments: AlignmentRef[];
};

export type EventClaimCard = {
  id: number;
  text: string;
  credibility: number;
  isContested: boolean;
  /** Earliest statement or publication date of any source carrying it; null when unrecorded. */
  firstAssertedAt: Date | null;
  assertingSources: SourceRef[];
  relayingSources: SourceRef[];
};

export type EventColumn = { alignment: AlignmentRef; claims: EventClaimCard[] };

export type EventPair = {
  id: number;
  claimAId: number;
  claimBId: number;
  disputes: Dispute[];
  note: string | null;
  /** For supports: the claim that supports the other. */
  subjectClaimId: number | null;
};

export type EventDetail = {
  id: number;
  externalId: string | null;
  title: string;
  summary: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  placeName: string | null;
  latitude: number | null;
  longitude: number | null;
  placePrecision: PlacePrecision | null;
  conflictId: number | null;
  /** The conflict it belongs to: its sources show their alignment in it. */
  conflict: { id: number; name: string } | null;
  version: number;
  deletedAt: Date | null;
  /** By alignment.sortOrder then slug; a claim asserted from two alignments is in both. */
  columns: EventColumn[];
  contradictions: EventPair[];
  supports: EventPair[];
  reviewStatus: ReviewStatus;
  assignee: { id: number; name: string } | null;
};
