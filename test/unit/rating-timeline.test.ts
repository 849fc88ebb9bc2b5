import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMELINE_BOX as box, gradeY, layoutTimeline } from '@/lib/ratings/rating-timeline';

describe('rating timeline layout', () => {
  it('puts A at the top and F at the bottom of the plot', () => {
    expect(gradeY('A')).toBe(box.top);
    expect(gradeY('F')).toBe(box.height - box.bottom);
    expect(gradeY('C')).toBeLessThan(gradeY('D'));
  });

  it('spreads revisions over time from the left edge to the right edge, oldest first', () => {
    const layout = layoutTimeline([
      { createdAt: new Date('2020-07-10T00:00:00Z'), reliability: 'D' },
      { createdAt: new Date('2020-07-01T00:00:00Z'), reliability: 'F' },
      { createdAt: '2020-07-04T00:00:00Z', reliability: 'C' },
    ]);
    expect(layout.points.map((p) => p.revision.reliability)).toEqual(['F', 'C', 'D']);
    expect(layout.points[0].x).toBe(box.left);
    expect(layout.points[2].x).toBe(box.width - box.right);
    const middle = box.left + ((box.width - box.left - box.right) * 3) / 9;
    expect(layout.points[1].x).toBeCloseTo(middle, 0);
    expect(layout.points[1].y).toBe(gradeY('C'));
    expect(layout.timeTicks).toHaveLength(2);
  });

  it('centres a single revision and copes with none', () => {
    const one = layoutTimeline([{ createdAt: '2020-07-01T00:00:00Z', reliability: 'B' }]);
    expect(one.points[0].x).toBe(box.left + (box.width - box.left - box.right) / 2);
    expect(layoutTimeline([]).points).toEqual([]);
    expect(layoutTimeline([]).gradeTicks.map((t) => t.grade)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });
});
