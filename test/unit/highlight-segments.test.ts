import { describe, expect, it } from 'vitest';
import { splitIntoSegments } from '@/lib/documents/highlight-segments';

const text = 'Pro-militant sources claimed that the army was forced to retreat.';

describe('splitIntoSegments', () => {
  it('returns the whole text as one plain segment without highlights', () => {
    expect(splitIntoSegments(text, [])).toEqual([
      { text, start: 0, end: text.length, highlights: [] },
    ]);
  });

  it('cuts the text at highlight offsets and keeps every character once', () => {
    const start = text.indexOf('forced to retreat');
    const h = { start, end: start + 'forced to retreat'.length, claimId: 7 };
    const segments = splitIntoSegments(text, [h]);
    expect(segments.map((s) => s.text)).toEqual([
      'Pro-militant sources claimed that the army was ',
      'forced to retreat',
      '.',
    ]);
    expect(segments[1].highlights).toEqual([h]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('handles overlapping quotes, innermost first', () => {
    const outer = { start: 0, end: 20, claimId: 1 };
    const inner = { start: 4, end: 12, claimId: 2 };
    const segments = splitIntoSegments(text, [outer, inner]);
    expect(segments.map((s) => [s.text, s.highlights.map((h) => h.claimId)])).toEqual([
      ['Pro-', [1]],
      ['militant', [2, 1]],
      [' sources', [1]],
      [text.slice(20), []],
    ]);
  });

  it('ignores empty or inverted ranges and clamps ranges past the end', () => {
    const segments = splitIntoSegments('abc', [
      { start: 2, end: 2, claimId: 1 },
      { start: 3, end: 1, claimId: 2 },
      { start: 1, end: 99, claimId: 3 },
    ]);
    expect(segments.map((s) => [s.text, s.highlights.map((h) => h.claimId)])).toEqual([
      ['a', []],
      ['bc', [3]],
    ]);
  });

  it('keeps markup-looking text as plain characters', () => {
    const raw = '<script>alert(1)</script>';
    const segments = splitIntoSegments(raw, [{ start: 0, end: 8, claimId: 1 }]);
    expect(segments.map((s) => s.text).join('')).toBe(raw);
  });
});
