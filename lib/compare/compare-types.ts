import type { Dispute, RelationType } from '@/lib/generated/prisma/enums';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import type { ClaimAttribution, ClaimDetail } from '@/lib/claims/claim-types';
import type { FigureAxis } from './figure-axis';

/** The rows of the side-by-side view, read across: one field of every claim per row. */
export const COMPARE_FIELDS = [
  'wording',
  'original',
  'credibility',
  'sources',
  'quotes',
  'date',
  'place',
  'parties',
  'figures',
  'origins',
] as const;
export type CompareField = (typeof COMPARE_FIELDS)[number];

export type QuoteContext = { before: string; exact: string; after: string };

export type CompareAttribution = ClaimAttribution & {
  /** The quote with the words around it in the stored document text, when it is found there. */
  context: QuoteContext | null;
};

export type CompareClaim = Omit<ClaimDetail, 'attributions' | 'relations' | 'externalId' | 'latitude' | 'longitude' | 'reviewStatus' | 'assignee'> & {
  attributions: CompareAttribution[];
  /** Alignments of the sources asserting it: the column's colour is the first. */
  alignments: AlignmentRef[];
  /** Earliest date any source is recorded saying it (statement date, else publication). */
  firstAssertedAt: Date | null;
};

export type CompareRelation = {
  id: number;
  type: RelationType;
  claimAId: number;
  claimBId: number;
  subjectClaimId: number | null;
  disputes: Dispute[];
  note: string | null;
  fieldsInDispute: CompareField[];
};

export type Comparison = {
  /** Resolved ids in the order asked (a merged claim is replaced by the one it was merged into). */
  ids: number[];
  claims: CompareClaim[];
  relations: CompareRelation[];
  /** Per claim id: the rows some relation among the compared claims disputes. */
  fieldsInDispute: Record<number, CompareField[]>;
  figureAxes: FigureAxis[];
};
