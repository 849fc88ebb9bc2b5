import { describe, expect, it } from 'vitest';
import { compareHref, formatDateWithPrecision, formatFigure, formatPlace } from '@/lib/claims/claim-format';

describe('claim formatting', () => {
  it('states figures as ranges', () => {
    expect(formatFigure({ measure: 'killed', min: 5, max: null })).toBe('killed: at least 5');
    expect(formatFigure({ measure: 'killed', subject: 'soldiers', min: 5 })).toBe('killed: at least 5 soldiers');
    expect(formatFigure({ measure: 'wounded', min: 3, max: 7 })).toBe('wounded: 3–7');
    expect(formatFigure({ measure: 'wounded', min: 4, max: 4 })).toBe('wounded: 4');
    expect(formatFigure({ measure: 'displaced', max: 200 })).toBe('displaced: up to 200');
    expect(formatFigure({ measure: 'killed' })).toBe('killed: unstated number');
  });

  it('shows dates only as precisely as they are known, in UTC', () => {
    const d = new Date('2020-06-30T23:30:00Z');
    expect(formatDateWithPrecision(d, 'day')).toBe('30 June 2020');
    expect(formatDateWithPrecision(d, null)).toBe('30 June 2020');
    expect(formatDateWithPrecision(d, 'week')).toBe('week of 30 June 2020');
    expect(formatDateWithPrecision(d, 'month')).toBe('June 2020');
    expect(formatDateWithPrecision('2020-06-30T00:00:00Z', 'year')).toBe('2020');
  });

  it('names place precision and builds compare links', () => {
    expect(formatPlace('Kansafrah', 'town')).toBe('Kansafrah (town)');
    expect(formatPlace('Idlib', null)).toBe('Idlib');
    expect(compareHref([3, 7])).toBe('/compare?ids=3,7');
  });
});
