import { describe, expect, it } from 'vitest';
import { pagerLinks, parseTrail } from '@/lib/pagination/cursor-trail';

describe('pagerLinks', () => {
  it('offers only Next on the first page and keeps the filters', () => {
    const links = pagerLinks('/claims', { q: 'retreat', alignment: undefined }, {}, 'AAA');
    expect(links.previous).toBeNull();
    expect(links.next).toBe('/claims?q=retreat&cursor=AAA&back=.');
  });

  it('walks forward and back through the trail', () => {
    const second = pagerLinks('/claims', {}, { cursor: 'AAA', back: '.' }, 'BBB');
    expect(second.next).toBe('/claims?cursor=BBB&back=.%2CAAA');
    expect(second.previous).toBe('/claims');

    const third = pagerLinks('/claims', {}, { cursor: 'BBB', back: '.,AAA' }, null);
    expect(third.next).toBeNull();
    expect(third.previous).toBe('/claims?cursor=AAA&back=.');
  });

  it('falls back to the first page when a cursor arrives without a trail', () => {
    expect(pagerLinks('/claims', {}, { cursor: 'CCC' }, null).previous).toBe('/claims');
  });

  it('drops trail entries that are not cursors', () => {
    expect(parseTrail('.,AAA,<x>,B B')).toEqual(['.', 'AAA']);
  });
});
