import type {
  AnchorStatus,
  AttributionRole,
  DatePrecision,
  Dispute,
  PartyRole,
  PlacePrecision,
  Reliability,
  RelationType,
  ReviewStatus,
  SourceKind,
} from '@/lib/generated/prisma/enums';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import type { SourceRef } from '@/lib/sources/source-types';

export type AttributionSource = SourceRef & { kind: SourceKind; reliability: Reliability };

export type ClaimAttribution = {
  id: number;
  role: AttributionRole;
  source: AttributionSource;
  document: { id: number; title: string; url: string; publishedAt: Date | null } | null;
  quote: { exact: string; prefix: string | null; suffix: string | null; start: number | null } | null;
  anchorStatus: AnchorStatus;
  venue: string | null;
  statedAt: Date | null;
  relaysId: number | null;
  /** Source grade + claim credibility, e.g. "C3". */
  combinedCode: string;
  /** 0 for a chain root, 1 for what relays it, and so on. */
  depth: number;
};

export type ClaimParty = {
  id: number;
  role: PartyRole;
  name: string;
  source: { id: number; name: string } | null;
};

export type ClaimFigure = {
  id: number;
  measure: string;
  subject: string | null;
  min: number | null;
  max: number | null;
  wording: string | null;
};

export type ClaimRelationView = {
  id: number;
  type: RelationType;
  disputes: Dispute[];
  note: string | null;
  other: { id: number; text: string; credibility: number };
  /** For `supports` only: whether this claim supports the other, or is supported by it. */
  direction: 'supports' | 'supported_by' | null;
  createdAt: Date;
};

export type ClaimDetail = {
  id: number;
  externalId: string | null;
  text: string;
  language: string;
  originalText: string | null;
  originalLanguage: string | null;
  occurredAt: Date | null;
  occurredPrecision: DatePrecision | null;
  placeName: string | null;
  latitude: number | null;
  longitude: number | null;
  placePrecision: PlacePrecision | null;
  credibility: number;
  credibilityReason: string | null;
  originCount: number;
  carrierCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  event: { id: number; title: string; startsAt: Date | null; placeName: string | null } | null;
  /** Provenance order: each root, then what relays it, depth-first. */
  attributions: ClaimAttribution[];
  parties: ClaimParty[];
  figures: ClaimFigure[];
  relations: ClaimRelationView[];
  isContested: boolean;
  /** Where it stands on the review desk (never `settled`: only events are), and who has it. */
  reviewStatus: ClaimReviewStatus;
  assignee: { id: number; name: string } | null;
  /** Set when this claim was merged into another: the page redirects there. */
  mergedIntoId: number | null;
  /** Only editors ever see a soft-deleted claim (to restore it); readers get null. */
  deletedAt: Date | null;
};

/** A claim's review status: the database refuses `settled` on a claim (claims_review_status_not_settled). */
export type ClaimReviewStatus = Exclude<ReviewStatus, 'settled'>;
export const asClaimReviewStatus = (status: ReviewStatus) => status as ClaimReviewStatus;
