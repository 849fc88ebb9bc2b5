import { describe, expect, it } from 'vitest';
import { CARDS_PER_COLUMN, timelineOf, viewEventPage } from '@/lib/events/event-page-view';
import type { EventClaimCard, EventColumn, EventDetail, EventPair } from '@/lib/events/event-types';

const alignment = (slug: string) => ({ slug, label: slug, color: '#000000' });
const card = (id: number, at: string | null = null, isContested = false): EventClaimCard => ({
  id, text: `claim ${id}`, credibility: 6, isContested, firstAssertedAt: at ? new Date(at) : null, assertingSources: [], relayingSources: [],
});
const pair = (id: number, a: number, b: number): EventPair => ({ id, claimAId: a, claimBId: b, disputes: [], note: null, subjectClaimId: null });
const detail = (columns: EventColumn[], contradictions: EventPair[] = []): EventDetail => ({
  id: 1, externalId: null, title: 't', summary: null, startsAt: null, endsAt: null, placeName: null, latitude: null, longitude: null,
  placePrecision: null, conflictId: null, conflict: null, version: 1, deletedAt: null, columns, contradictions, supports: [], reviewStatus: 'new', assignee: null,
});

describe('viewEventPage', () => {
  it('keeps a short event whole', () => {
    const view = viewEventPage(detail([{ alignment: alignment('a'), claims: [card(1), card(2)] }], [pair(1, 1, 2)]));
    expect(view.capped).toBe(false);
    expect(view.columns[0]).toEqual(expect.objectContaining({ total: 2 }));
    expect(view.connected).toHaveLength(1);
  });

  it('keeps the most contested cards of a long column, in the column order', () => {
    const claims = Array.from({ length: CARDS_PER_COLUMN + 5 }, (_, i) => card(i + 1));
    const last = claims.length;
    const view = viewEventPage(detail([{ alignment: alignment('a'), claims }], [pair(1, last, last - 1), pair(2, last, 1)]));
    const ids = view.columns[0].claims.map((c) => c.id);
    expect(ids).toHaveLength(CARDS_PER_COLUMN);
    expect(ids[0]).toBe(1);
    expect(ids.slice(-2)).toEqual([last - 1, last]);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(view.capped).toBe(true);
    expect(view.claimCount).toBe(last);
  });
});

describe('timelineOf', () => {
  it('dates each claim once, in the lane of its first column, counting the undated', () => {
    const data = timelineOf([
      { alignment: alignment('a'), claims: [card(1, '2024-03-01'), card(2, null)] },
      { alignment: alignment('b'), claims: [card(1, '2024-03-01'), card(3, '2024-03-04', true)] },
      { alignment: alignment('c'), claims: [card(4, null)] },
    ]);
    expect(data.lanes.map((l) => l.slug)).toEqual(['a', 'b']);
    expect(data.points).toEqual([
      [1, 0, Date.UTC(2024, 2, 1), 0],
      [3, 1, Date.UTC(2024, 2, 4), 1],
    ]);
    expect(data.undated).toBe(2);
  });
});
