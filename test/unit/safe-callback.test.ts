// Where sign-in may send the browser: only this app's own pages, whatever a link's callbackUrl says.
import { describe, expect, it } from 'vitest';
import { safeCallbackPath, safeCallbackUrl } from '@/lib/auth/safe-callback';

const ORIGIN = 'http://app.example:3000';

describe('safeCallbackPath', () => {
  it.each([
    ['/claims/12', '/claims/12'],
    ['/claims?status=contested&sort=new#list', '/claims?status=contested&sort=new#list'],
    ['/admin/export', '/admin/export'],
    ['claims/12', '/claims/12'],
    ['http://app.example:3000/sources/4', '/sources/4'],
    ['/search?q=100%25', '/search?q=100%25'],
    ['/sources?q=caf%C3%A9', '/sources?q=caf%C3%A9'],
  ])('keeps the same-origin path %j', (value, expected) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe(expected);
  });

  it.each([
    // The reported bypass: the browser strips the tab and reads `//evil.example/phish`.
    '/\t/evil.example/phish',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\u0000/evil.example',
    '/\u007f/evil.example',
    '\t//evil.example',
    '/claims\t',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/claims\\..\\..\\evil',
    'https://evil.example',
    'http://evil.example/phish',
    'HTTP://evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    // Encoded variants: refused however many times they are encoded.
    '/%09/evil.example',
    '/%0a/evil.example',
    '/%00',
    '/%7F',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%2509/evil.example',
    '/%252509/evil.example',
    '/%25252525252509',
    // Host suffix, other scheme, other port, credentials.
    'http://app.example.evil.example/',
    'http://app.example:3000.evil.example/',
    'https://app.example:3000/claims',
    'http://app.example:4000/claims',
    'http://app.example/claims',
    'http://user@evil.example/',
    // Dot segments that resolve to a protocol-relative path.
    '/.//evil.example',
    '/claims/..//evil.example',
    '',
    'a'.repeat(3000),
  ])('refuses %j and falls back to /', (value) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe('/');
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 42, ['/claims'], { href: '/claims' }]) expect(safeCallbackPath(value, ORIGIN)).toBe('/');
  });

  it('every accepted value resolves on the app origin, also after the browser strips whitespace', () => {
    const values = ['/a', '/%2F%2Fevil.example', '%2F%2Fevil.example', '/./claims', '/claims/../sources', '?q=1', '#top'];
    for (const value of values) {
      const path = safeCallbackPath(value, ORIGIN);
      expect(path.startsWith('/') && !path.startsWith('//')).toBe(true);
      expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
    }
  });
});

describe('safeCallbackUrl (next-auth redirect callback)', () => {
  it('answers an absolute URL on the app origin for any value, and never throws', () => {
    expect(safeCallbackUrl('/claims/3', ORIGIN)).toBe(`${ORIGIN}/claims/3`);
    expect(safeCallbackUrl('http://app.example:3000.evil.example/', ORIGIN)).toBe(`${ORIGIN}/`);
    expect(safeCallbackUrl('http://[::1', ORIGIN)).toBe(`${ORIGIN}/`);
    expect(safeCallbackUrl('https://evil.example/', ORIGIN)).toBe(`${ORIGIN}/`);
  });
});
