import type { DatePrecision } from '@/lib/generated/prisma/enums';
import type { CursorKey } from '@/lib/pagination/cursor';
import type { SourceRef } from '@/lib/sources/source-types';

// The claim list's shapes: what a row shows and what narrows the list. The plain list and ranked
// search both produce them; the claims API and pages read them.

/** A run of claim text, matched by the search or not. Plain text: pages render it with <mark>. */
export type HighlightSegment = { text: string; match: boolean };

export type ClaimListItem = {
  id: number;
  text: string;
  language: string;
  credibility: number;
  occurredAt: Date | null;
  occurredPrecision: DatePrecision | null;
  placeName: string | null;
  event: { id: number; title: string } | null;
  isContested: boolean;
  originCount: number;
  carrierCount: number;
  /** Distinct sources with role `asserts`, by name. */
  assertingSources: SourceRef[];
  createdAt: Date;
  /** With a text query: the claim text split into matched and unmatched runs. */
  highlight?: HighlightSegment[];
};

/** What narrows the claim list besides the text query (the claims list query satisfies it). */
export type ClaimFilters = {
  sourceId?: number;
  alignment?: string;
  eventId?: number;
  credibility?: number[];
  contested?: boolean;
  /** Review status, and who it is assigned to. */
  status?: string;
  assigneeId?: number;
  from?: Date;
  to?: Date;
  cursor?: CursorKey;
};

/** A ranked result: its list row, its score and its text cut into highlight segments. */
export type SearchHit = { id: number; score: number; highlight: HighlightSegment[]; item: ClaimListItem };

export type SearchResult = { hits: SearchHit[]; nextCursor: string | null };
