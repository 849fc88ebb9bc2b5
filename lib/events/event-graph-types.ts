import type { Dispute, RelationType } from '@/lib/generated/prisma/enums';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';

export type EventGraphNode = {
  id: number;
  text: string;
  credibility: number;
  alignment: AlignmentRef;
  /** Earliest statement or publication date of any source carrying it; null when unrecorded. */
  firstAssertedAt: Date | null;
  isContested: boolean;
};

export type EventGraphEdge = {
  id: number;
  source: number;
  target: number;
  type: RelationType;
  disputes: Dispute[];
};

/** An event's claims as a graph: the timeline and the claim-graph picture read this. */
export type EventGraph = { eventId: number; nodes: EventGraphNode[]; edges: EventGraphEdge[]; alignments: AlignmentRef[] };
