import { describe, expect, it } from 'vitest';
import { forceLayout, nodeRadius, overlaps } from '@/app/events/[id]/_components/claim-graph-layout';

function randomGraph(claims: number, relations: number) {
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const ids = Array.from({ length: claims }, (_, i) => i + 1);
  const edges: { source: number; target: number }[] = [];
  while (edges.length < relations) {
    const [a, b] = [ids[Math.floor(random() * claims)], ids[Math.floor(random() * claims)]];
    if (a !== b) edges.push({ source: a, target: b });
  }
  return { ids, edges };
}

describe('claim graph layout', () => {
  it('keeps 500 claims with 1,000 relations apart: no two nodes overlap', () => {
    const { ids, edges } = randomGraph(500, 1000);
    const at = forceLayout(ids, edges, { labelled: false });
    expect(at.size).toBe(500);
    expect(overlaps([...at.values()], nodeRadius(false))).toBe(0);
  });

  it('gives labelled nodes room for their labels', () => {
    const { ids, edges } = randomGraph(150, 300);
    const at = forceLayout(ids, edges, { labelled: true });
    expect(overlaps([...at.values()], nodeRadius(true))).toBe(0);
  });

  it('draws related claims nearer each other than unrelated ones, and the same graph the same way', () => {
    const ids = [1, 2, 3, 4, 5, 6];
    const edges = [{ source: 1, target: 2 }, { source: 2, target: 3 }, { source: 4, target: 5 }];
    const at = forceLayout(ids, edges, { labelled: true });
    const d = (a: number, b: number) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    expect(d(1, 2)).toBeLessThan(d(1, 5));
    expect(forceLayout(ids, edges, { labelled: true })).toEqual(at);
  });
});
