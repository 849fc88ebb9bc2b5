import type { AttributionRole } from '@/lib/generated/prisma/enums';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';


export type DocumentRef = { id: number; title: string; url: string; publishedAt: Date | null };

export type DocumentListItem = DocumentRef & {
  language: string | null;
  publisher: { id: number; name: string; alignment: AlignmentRef } | null;
  capturedAt: Date;
  removedNoticedAt: Date | null;
};

/** A quote located in the stored text: `text.slice(start, end)` is the quote. */
export type DocumentHighlight = {
  attributionId: number;
  claimId: number;
  claimText: string;
  start: number;
  end: number;
  sourceName: string;
  role: AttributionRole;
};

export type DocumentDetail = DocumentRef & {
  externalId: string | null;
  normalizedUrl: string;
  author: string | null;
  retrievedAt: Date | null;
  language: string | null;
  sourceCredit: string | null;
  publisher: { id: number; name: string; alignment: AlignmentRef } | null;
  republishes: DocumentRef | null;
  republishedBy: DocumentRef[];
  text: string;
  textSha256: string;
  capturedAt: Date;
  removedNoticedAt: Date | null;
  version: number;
  /** Ordered by start. */
  highlights: DocumentHighlight[];
};
