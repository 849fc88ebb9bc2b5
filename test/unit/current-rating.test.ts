import { describe, expect, it } from 'vitest';
import { currentRatingOf } from '@/lib/ratings/current-rating';

const at = new Date('2026-01-02T03:04:05Z');
const revision = (version: number, rationale: string) => ({ version, rationale, authorName: `author ${version}`, createdAt: at });

describe('currentRatingOf', () => {
  it('takes the reason and author of the revision at rating_version, not the newest row', () => {
    const current = currentRatingOf({ reliability: 'B', ratingVersion: 2 }, [revision(3, 'later'), revision(2, 'current'), revision(1, 'first')]);
    expect(current).toEqual({ reliability: 'B', version: 2, rationale: 'current', author: 'author 2', at });
  });

  it('has no reason before the first rating', () => {
    expect(currentRatingOf({ reliability: 'F', ratingVersion: 0 }, [])).toEqual({ reliability: 'F', version: 0, rationale: null, author: null, at: null });
  });
});
