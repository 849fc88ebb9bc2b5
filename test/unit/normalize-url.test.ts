import { describe, expect, it } from 'vitest';
import { isHttpUrl, normalizeUrl } from '@/lib/documents/normalize-url';

describe('normalizeUrl', () => {
  it.each([
    ['HTTPS://SouthFront.ORG/internal-tensions/', 'https://southfront.org/internal-tensions'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com', 'https://example.com'],
    ['https://example.com/a//', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['https://example.com/a#comments', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['https://user:secret@example.com/a', 'https://example.com/a'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('drops utm_* parameters in any case and keeps the others in order', () => {
    expect(normalizeUrl('https://example.com/a/?utm_source=x&b=2&UTM_Medium=y&a=1')).toBe('https://example.com/a?b=2&a=1');
    expect(normalizeUrl('https://example.com/a?utm_source=x&utm_campaign=y')).toBe('https://example.com/a');
  });

  it('keeps path case and an untouched query byte for byte', () => {
    expect(normalizeUrl('https://example.com/Path/To?q=a%20b&x')).toBe('https://example.com/Path/To?q=a%20b&x');
  });

  it('makes the two captures of one page collide', () => {
    const url = 'https://www.globalresearch.ca/video-internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/5717335';
    expect(normalizeUrl(`${url}/?utm_source=newsletter`)).toBe(normalizeUrl(url));
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/a', 'data:text/html,hi', 'example.com/a', ''])(
    'refuses %j',
    (input) => {
      expect(() => normalizeUrl(input)).toThrow(TypeError);
      expect(isHttpUrl(input)).toBe(false);
    },
  );
});
