import type { ClaimListItem } from '@/lib/claims/claim-types';

/** A run of claim text, matched by the search or not. Plain text: pages render it with <mark>. */
export type HighlightSegment = { text: string; match: boolean };

/** A ranked result: its list row, its score and its text cut into highlight segments. */
export type SearchHit = { id: number; score: number; highlight: HighlightSegment[]; item: ClaimListItem };

export type SearchResult = { hits: SearchHit[]; nextCursor: string | null };
