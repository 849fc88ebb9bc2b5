import { describe, expect, it } from 'vitest';
import {
  highlightTerms, highlightText, isFuzzyCandidate, parseSearchCursor, searchCursorKey, toPrefixTsQuery,
} from '@/lib/search/search-query';
import { chooseAccess, columnStats, estimateFrequency } from '@/lib/search/search-plan';

describe('search query parsing', () => {
  it('ANDs the words and treats the last as a prefix once it has three letters', () => {
    expect(toPrefixTsQuery('Security Council')).toBe('Security & Council:*');
    expect(toPrefixTsQuery('un se')).toBe('un & se');
    expect(toPrefixTsQuery("al-Ruwayha's")).toBe('al & Ruwayha & s');
    expect(toPrefixTsQuery('قوات النظام')).toBe('قوات & النظام:*');
  });

  it('never passes tsquery syntax through', () => {
    expect(toPrefixTsQuery("'&|:*!()<->")).toBeNull();
    expect(toPrefixTsQuery('a & !b')).toBe('a & b');
  });

  it('only tries trigram matching on something name-like', () => {
    expect(isFuzzyCandidate('Nebenzia')).toBe(true);
    expect(isFuzzyCandidate('ab')).toBe(false);
    expect(isFuzzyCandidate('lism')).toBe(false);
  });

  it('round-trips a search cursor and refuses a date cursor', () => {
    const key = searchCursorKey({ below: 120, score: 0.0607927, id: 42 });
    expect(parseSearchCursor(key)).toEqual({ below: 120, score: 0.0607927, id: 42 });
    expect(parseSearchCursor(searchCursorKey({ below: null, score: null, id: 7 }))).toEqual({ below: null, score: null, id: 7 });
    expect(parseSearchCursor({ key: '2020-01-01T00:00:00.000Z', id: 3 })).toBeNull();
  });
});

describe('highlighting', () => {
  it('marks whole words, ignoring case and accents, with the last word as a prefix', () => {
    const segments = highlightText('Le Conseil de sécurité a voté; SECURITE!', highlightTerms('conseil securit'));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Conseil', 'sécurité', 'SECURITE']);
    expect(segments.map((s) => s.text).join('')).toBe('Le Conseil de sécurité a voté; SECURITE!');
  });

  it('returns markup as literal text', () => {
    const text = '<img src=x onerror=alert(1)> shelling';
    const segments = highlightText(text, highlightTerms('shelling'));
    expect(segments).toEqual([{ text: '<img src=x onerror=alert(1)> ', match: false }, { text: 'shelling', match: true }]);
  });
});

describe('search access plan', () => {
  const stats = columnStats(['army', 'armed', 'the', 'idlib'], [0.05, 0.01, 0.8, 0.004, 0.004, 0.8, 0]);

  it('estimates from PostgreSQL statistics, prefixes summed, words as independent', () => {
    expect(estimateFrequency(stats, [{ word: 'The', prefix: false }])).toBeCloseTo(0.8);
    expect(estimateFrequency(stats, [{ word: 'arm', prefix: true }])).toBeCloseTo(0.064);
    // Two words: between independent (0.8 x 0.004) and always together (0.004).
    expect(estimateFrequency(stats, [{ word: 'the', prefix: false }, { word: 'idlib', prefix: false }])).toBeCloseTo(Math.sqrt(0.0032 * 0.004), 6);
    expect(estimateFrequency(stats, [{ word: 'unlisted', prefix: false }])).toBeCloseTo(0.004);
    expect(estimateFrequency(null, [{ word: 'the', prefix: false }])).toBeNull();
  });

  it('walks the newest claims for common words and reads the index for rare ones', () => {
    expect(chooseAccess(0.8)).toBe('walk');
    expect(chooseAccess(0.001)).toBe('index');
    expect(chooseAccess(null)).toBe('planner');
  });
});
