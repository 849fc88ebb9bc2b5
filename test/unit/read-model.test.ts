import { describe, expect, it } from 'vitest';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';
import { orderByProvenance } from '@/lib/claims/provenance-order';
import { groupIntoColumns, type EventClaimRow } from '@/lib/events/event-columns';
import { locateQuote } from '@/lib/documents/locate-quote';
import { decodeCursor, encodeCursor } from '@/lib/pagination/cursor';

describe('ClaimListQuerySchema', () => {
  it('parses filters and defaults the limit', () => {
    const q = ClaimListQuerySchema.parse({ q: ' retreat ', credibility: '3,1,3', contested: 'false', to: '2020-06-30' });
    expect(q).toMatchObject({ q: 'retreat', credibility: [1, 3], contested: false, limit: 25 });
    expect(q.to?.toISOString()).toBe('2020-07-01T00:00:00.000Z');
  });

  it('treats blank parameters as absent', () => {
    expect(ClaimListQuerySchema.parse({ q: '', sourceId: '', cursor: '' })).toEqual({ limit: 25 });
  });

  it.each([
    ['limit', '0'],
    ['limit', '101'],
    ['credibility', '9'],
    ['credibility', '2,x'],
    ['from', 'notadate'],
    ['contested', 'maybe'],
    ['alignment', 'Pro Gov'],
    ['cursor', 'garbage'],
    ['q', 'x'.repeat(201)],
  ])('rejects %s=%s naming the field', (field, value) => {
    const result = ClaimListQuerySchema.safeParse({ [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });

  it('round-trips a cursor', () => {
    const raw = encodeCursor('2020-07-01T00:00:00.000Z', 42);
    expect(decodeCursor(raw)).toEqual({ key: '2020-07-01T00:00:00.000Z', id: 42 });
    expect(ClaimListQuerySchema.parse({ cursor: raw }).cursor).toEqual({ key: '2020-07-01T00:00:00.000Z', id: 42 });
  });
});

describe('orderByProvenance', () => {
  it('puts roots first and follows relays depth-first', () => {
    const ordered = orderByProvenance([
      { id: 5, role: 'denies', relaysId: null },
      { id: 3, role: 'relays', relaysId: 2 },
      { id: 2, role: 'relays', relaysId: 1 },
      { id: 4, role: 'asserts', relaysId: null },
      { id: 1, role: 'asserts', relaysId: null },
      { id: 6, role: 'relays', relaysId: 1 },
    ]);
    expect(ordered.map((a) => [a.id, a.depth])).toEqual([[4, 0], [1, 0], [2, 1], [3, 2], [6, 1], [5, 0]]);
  });

  it('keeps every attribution even in a cycle', () => {
    expect(orderByProvenance([{ id: 1, role: 'relays', relaysId: 2 }, { id: 2, role: 'relays', relaysId: 1 }])).toHaveLength(2);
  });
});

describe('groupIntoColumns', () => {
  const align = (slug: string, sortOrder: number) => ({ slug, label: slug, color: '#000000', sortOrder });
  const unknown = align('unknown', 999);
  const claim = (id: number, ...camps: ReturnType<typeof align>[]): EventClaimRow => ({
    id,
    text: `claim ${id}`,
    credibility: 6,
    attributions: camps.map((alignment, i) => ({ role: 'asserts', source: { id: id * 10 + i, name: `s${i}`, alignment } })),
    isContested: false,
    firstAssertedAt: null,
  });

  it('groups by asserting alignment in sort order, duplicating two-camp claims', () => {
    const columns = groupIntoColumns([claim(1, align('b', 2)), claim(2, align('a', 1), align('b', 2)), claim(3)], unknown);
    expect(columns.map((c) => [c.alignment.slug, c.claims.map((x) => x.id)])).toEqual([
      ['a', [2]],
      ['b', [1, 2]],
      ['unknown', [3]],
    ]);
  });
});

describe('locateQuote', () => {
  it('uses the position hint when it still matches, else the first occurrence', () => {
    expect(locateQuote('abc abc', 'abc', 4)).toEqual({ start: 4, end: 7 });
    expect(locateQuote('xx abc', 'abc', 0)).toEqual({ start: 3, end: 6 });
    expect(locateQuote('xx', 'abc', null)).toBeNull();
  });
});
