import { describe, expect, it } from 'vitest';
import { firstValues, parseRouteId } from '@/lib/pages/route-params';

describe('parseRouteId', () => {
  it('accepts positive integers that fit a PostgreSQL integer', () => {
    expect(parseRouteId('1')).toBe(1);
    expect(parseRouteId('999999')).toBe(999999);
    expect(parseRouteId('2147483647')).toBe(2147483647);
  });

  it('refuses everything else', () => {
    for (const raw of ['abc', '', '0', '-1', '1.5', '01', '1e3', ' 1', '2147483648', '99999999999', undefined]) {
      expect(parseRouteId(raw)).toBeNull();
    }
  });
});

describe('firstValues', () => {
  it('keeps the first of repeated parameters', () => {
    expect(firstValues({ q: 'a', alignment: ['x', 'y'], none: undefined })).toEqual({
      q: 'a',
      alignment: 'x',
      none: undefined,
    });
  });
});
