import { describe, expect, it } from 'vitest';
import {
  domainsOfHost, identifierInQuery, identifierLabel, identifierUrl, normaliseIdentifier, type IdentifierKind,
} from '@/lib/sources/source-identifiers';

const value = (kind: IdentifierKind | null, text: string) => {
  const r = normaliseIdentifier(kind, text);
  return r.ok ? `${r.identifier.kind}:${r.identifier.value}` : `refused: ${r.message}`;
};

describe('normaliseIdentifier accepts what people paste', () => {
  it.each([
    // Telegram: the public preview (/s/), a post, bare host, @handle, other hosts, tg:// links.
    ['telegram', 'https://t.me/s/Foo/12', 'telegram:foo'],
    ['telegram', 't.me/foo', 'telegram:foo'],
    ['telegram', '@Foo', 'telegram:foo'],
    ['telegram', 'Foo_Bar', 'telegram:foo_bar'],
    ['telegram', 'https://telegram.me/IdlibPost', 'telegram:idlibpost'],
    ['telegram', 'tg://resolve?domain=SouthFront', 'telegram:southfront'],
    [null, 'https://t.me/s/Foo/12', 'telegram:foo'],
    // Wikidata.
    ['wikidata', 'https://www.wikidata.org/wiki/Q1234', 'wikidata:Q1234'],
    ['wikidata', 'q1234', 'wikidata:Q1234'],
    ['wikidata', 'http://www.wikidata.org/entity/Q42', 'wikidata:Q42'],
    ['wikidata', 'https://m.wikidata.org/wiki/Special:EntityPage/Q42', 'wikidata:Q42'],
    [null, 'Q1234', 'wikidata:Q1234'],
    [null, 'https://www.wikidata.org/wiki/Q1234', 'wikidata:Q1234'],
    // Domains: lower case, no www., no path, punycode for IDN.
    ['domain', 'https://www.example.com/path', 'domain:example.com'],
    ['domain', 'example.com', 'domain:example.com'],
    ['domain', 'WWW.Example.COM.', 'domain:example.com'],
    ['domain', 'news.example.co.uk/a?b=c', 'domain:news.example.co.uk'],
    ['domain', 'https://bücher.de/', 'domain:xn--bcher-kva.de'],
    ['domain', 'https://t.me/foo', 'domain:t.me'],
    [null, 'https://www.globalresearch.ca/video/5717335', 'domain:globalresearch.ca'],
    // X.
    ['x', 'https://x.com/Foo', 'x:foo'],
    ['x', 'twitter.com/foo', 'x:foo'],
    ['x', 'https://mobile.twitter.com/Foo/status/123', 'x:foo'],
    ['x', '@Foo', 'x:foo'],
    [null, 'twitter.com/foo', 'x:foo'],
    // YouTube: handles (case-insensitive) and channel ids (case kept).
    ['youtube', '@SouthFront', 'youtube:@southfront'],
    ['youtube', 'https://www.youtube.com/@SouthFront/videos', 'youtube:@southfront'],
    ['youtube', 'youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsT_-', 'youtube:UCaBcDeFgHiJkLmNoPqRsT_-'],
    ['youtube', 'UCaBcDeFgHiJkLmNoPqRsT_-', 'youtube:UCaBcDeFgHiJkLmNoPqRsT_-'],
    [null, 'https://m.youtube.com/@Foo', 'youtube:@foo'],
    // Facebook page names and numeric ids.
    ['facebook', 'https://www.facebook.com/Idlib.Post/posts/123', 'facebook:idlib.post'],
    ['facebook', 'fb.com/IdlibPost', 'facebook:idlibpost'],
    ['facebook', 'IdlibPost', 'facebook:idlibpost'],
    ['facebook', 'https://www.facebook.com/profile.php?id=100064', 'facebook:100064'],
    ['facebook', 'https://www.facebook.com/pages/Idlib-Post/1234567', 'facebook:1234567'],
  ] as const)('%s %s → %s', (kind, text, expected) => {
    expect(value(kind, text)).toBe(expected);
  });
});

describe('normaliseIdentifier refuses, naming the expected form', () => {
  it.each([
    ['telegram', 'https://t.me/joinchat/AbCdEf', 'Telegram channel such as t.me/name'],
    ['telegram', 'https://x.com/foo', 'Telegram channel'],
    ['telegram', 'two words', 'Telegram channel'],
    ['telegram', '', 'Enter a Telegram channel'],
    ['wikidata', 'P31', 'Wikidata item such as Q1234'],
    ['wikidata', 'https://www.wikidata.org/wiki/Property:P31', 'Wikidata item'],
    ['wikidata', 'https://en.wikipedia.org/wiki/Q1234', 'Wikidata item'],
    ['domain', 'localhost', 'web domain such as example.com'],
    ['domain', 'http://127.0.0.1/x', 'web domain'],
    ['domain', 'ftp://example.com', 'web domain'],
    ['domain', 'not a domain', 'web domain'],
    ['x', 'https://x.com/i/status/1', 'X account such as x.com/name'],
    ['x', 'a_handle_far_too_long', 'X account'],
    ['youtube', 'https://www.youtube.com/watch?v=abc', 'YouTube channel'],
    ['youtube', 'https://www.youtube.com/c/LegacyName', 'YouTube channel'],
    ['facebook', 'https://www.facebook.com/groups/123', 'Facebook page'],
    ['facebook', 'https://example.com/foo', 'Facebook page'],
    [null, '@foo', 'not an identifier'],
    [null, 'Vasily Nebenzya', 'not an identifier'],
  ] as const)('%s %j', (kind, text, form) => {
    expect(value(kind, text)).toMatch(/^refused: /);
    expect(value(kind, text)).toContain(form);
  });
});

describe('identifiers in search queries, links and labels', () => {
  it('reads a query as an identifier only when it plainly is one', () => {
    expect(identifierInQuery('t.me/foo')).toEqual({ kind: 'telegram', value: 'foo' });
    expect(identifierInQuery('q1234')).toEqual({ kind: 'wikidata', value: 'Q1234' });
    expect(identifierInQuery('https://www.example.com/a')).toEqual({ kind: 'domain', value: 'example.com' });
    expect(identifierInQuery('Nebenzia')).toBeNull();
    expect(identifierInQuery('@foo')).toBeNull();
    expect(identifierInQuery('Dr. Who')).toBeNull();
  });

  it('links each identifier to its public page', () => {
    expect(identifierUrl({ kind: 'telegram', value: 'foo' })).toBe('https://t.me/foo');
    expect(identifierUrl({ kind: 'wikidata', value: 'Q42' })).toBe('https://www.wikidata.org/wiki/Q42');
    expect(identifierUrl({ kind: 'youtube', value: '@foo' })).toBe('https://www.youtube.com/@foo');
    expect(identifierUrl({ kind: 'facebook', value: '100064' })).toBe('https://www.facebook.com/profile.php?id=100064');
    expect(identifierLabel({ kind: 'x', value: 'foo' })).toBe('x.com/foo');
  });

  it('every link normalises back to the identifier it came from', () => {
    for (const id of [
      { kind: 'telegram', value: 'foo' }, { kind: 'wikidata', value: 'Q42' }, { kind: 'domain', value: 'example.com' },
      { kind: 'x', value: 'foo' }, { kind: 'youtube', value: '@foo' }, { kind: 'youtube', value: 'UCaBcDeFgHiJkLmNoPqRsT_-' },
      { kind: 'facebook', value: 'idlib.post' }, { kind: 'facebook', value: '100064' },
    ] as const) {
      expect(normaliseIdentifier(id.kind, identifierUrl(id))).toEqual({ ok: true, identifier: id });
      expect(normaliseIdentifier(id.kind, identifierLabel(id))).toEqual({ ok: true, identifier: id });
    }
  });

  it('lists the domains a host may belong to, most specific first', () => {
    expect(domainsOfHost('www.news.example.co.uk')).toEqual(['news.example.co.uk', 'example.co.uk', 'co.uk']);
    expect(domainsOfHost('example.com')).toEqual(['example.com']);
  });
});
