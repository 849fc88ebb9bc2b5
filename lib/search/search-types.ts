/** A run of claim text, matched by the search or not. Plain text: pages render it with <mark>. */
export type HighlightSegment = { text: string; match: boolean };

export type SearchHit = { id: number; score: number; highlight: HighlightSegment[] };

export type SearchResult = { hits: SearchHit[]; nextCursor: string | null };
