import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import type { EventColumn, EventDetail, EventPair } from './event-types';

// What the event page shows of an event. A big event (hundreds of claims) rendered whole was
// over half a megabyte of HTML and a second of server time, so by default each column shows
// its most contested cards and the pair lists their first entries, each with a link to the
// whole; `all` shows everything. Pure, so the choice is unit-testable without a database.

export const CARDS_PER_COLUMN = 6;
export const PAIRS_LISTED = 8;

export type CappedColumn = EventColumn & { total: number };
export type Capped<T> = { shown: T[]; total: number };

/** One dot of the first-assertion timeline: [claim id, lane index, epoch ms, contested 0/1]. */
export type TimelinePoint = [number, number, number, 0 | 1];
export type TimelineData = { lanes: AlignmentRef[]; points: TimelinePoint[]; undated: number };

export type EventPageView = {
  claimCount: number;
  columns: CappedColumn[];
  /** Contradictions with both cards on the page: these are drawn as connectors. */
  connected: EventPair[];
  contradictions: Capped<EventPair>;
  supports: Capped<EventPair>;
  /** Whether anything is left out. */
  capped: boolean;
};

function countBy(pairs: EventPair[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const p of pairs) for (const id of [p.claimAId, p.claimBId]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function capColumn(column: EventColumn, limit: number, contradictions: Map<number, number>): CappedColumn {
  const total = column.claims.length;
  if (total <= limit) return { ...column, total };
  const order = new Map(column.claims.map((c, i) => [c.id, i]));
  const score = (id: number) => contradictions.get(id) ?? 0;
  // The most contested cards, shown in the column's own (first recorded) order.
  const kept = [...column.claims]
    .sort((a, b) => score(b.id) - score(a.id) || order.get(a.id)! - order.get(b.id)!)
    .slice(0, limit)
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { ...column, claims: kept, total };
}

function capPairs(pairs: EventPair[], limit: number, shown: Set<number>): Capped<EventPair> {
  if (pairs.length <= limit) return { shown: pairs, total: pairs.length };
  const onPage = (p: EventPair) => (shown.has(p.claimAId) && shown.has(p.claimBId) ? 0 : 1);
  const kept = [...pairs].sort((a, b) => onPage(a) - onPage(b) || a.id - b.id).slice(0, limit).sort((a, b) => a.id - b.id);
  return { shown: kept, total: pairs.length };
}

export function viewEventPage(detail: EventDetail, { all = false }: { all?: boolean } = {}): EventPageView {
  const claimCount = new Set(detail.columns.flatMap((c) => c.claims.map((card) => card.id))).size;
  const cardLimit = all ? Infinity : CARDS_PER_COLUMN;
  const pairLimit = all ? Infinity : PAIRS_LISTED;
  const counts = countBy(detail.contradictions);
  const columns = detail.columns.map((c) => capColumn(c, cardLimit, counts));
  const shown = new Set(columns.flatMap((c) => c.claims.map((card) => card.id)));
  const contradictions = capPairs(detail.contradictions, pairLimit, shown);
  const supports = capPairs(detail.supports, pairLimit, shown);
  return {
    claimCount,
    columns,
    connected: detail.contradictions.filter((p) => shown.has(p.claimAId) && shown.has(p.claimBId)),
    contradictions,
    supports,
    capped:
      columns.some((c) => c.claims.length < c.total) ||
      contradictions.shown.length < contradictions.total ||
      supports.shown.length < supports.total,
  };
}

/** Every claim once, in the lane of the first column it appears in, dated by first assertion. */
export function timelineOf(columns: EventColumn[]): TimelineData {
  const seen = new Set<number>();
  const lanes: AlignmentRef[] = [];
  const points: TimelinePoint[] = [];
  let undated = 0;
  for (const column of columns) {
    let lane = -1;
    for (const card of column.claims) {
      if (seen.has(card.id)) continue;
      seen.add(card.id);
      if (!card.firstAssertedAt) {
        undated += 1;
        continue;
      }
      if (lane < 0) lane = lanes.push(column.alignment) - 1;
      points.push([card.id, lane, card.firstAssertedAt.getTime(), card.isContested ? 1 : 0]);
    }
  }
  return { lanes, points, undated };
}
