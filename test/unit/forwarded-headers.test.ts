import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { resolveClientAddress, sanitizeForwardedHeaders } from '@/lib/http/forwarded-headers';
import { parseTrustedProxies } from '@/lib/net/ip-address';

const none = parseTrustedProxies(undefined);
const oneHop = parseTrustedProxies('1');
const twoHops = parseTrustedProxies('2');
const privateRanges = parseTrustedProxies('10.0.0.0/8, 127.0.0.1/32,::1');

describe('parseTrustedProxies', () => {
  it('trusts no one by default', () => {
    for (const value of [undefined, '', '  ', '0']) expect(parseTrustedProxies(value)).toEqual({ kind: 'none' });
  });

  it('reads a hop count', () => {
    expect(parseTrustedProxies('2')).toEqual({ kind: 'hops', count: 2 });
  });

  it('refuses entries that are neither addresses nor ranges, naming them', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8,proxy.internal')).toThrow(/"proxy\.internal"/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix length/);
    expect(() => parseTrustedProxies('0x7f.1')).toThrow(/"0x7f\.1"/);
    expect(() => parseTrustedProxies('-1')).toThrow();
    expect(() => parseTrustedProxies('true')).toThrow();
  });
});

describe('resolveClientAddress', () => {
  it('with no trusted proxy, the socket peer is the client whatever the headers say', () => {
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6', none)).toEqual({ client: '127.0.0.1', peerTrusted: false });
    expect(resolveClientAddress('::ffff:192.0.2.7', '6.6.6.6, 7.7.7.7', none).client).toBe('192.0.2.7');
    expect(resolveClientAddress('::1', undefined, none).client).toBe('::1');
  });

  it('with one hop, the address the proxy appended is the client, not what the client wrote before it', () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the real 203.0.113.9.
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9', oneHop)).toEqual({ client: '203.0.113.9', peerTrusted: true });
    expect(resolveClientAddress('10.0.0.2', undefined, oneHop).client).toBe('10.0.0.2');
  });

  it('with two hops, walks two proxies back', () => {
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.1', twoHops).client).toBe('203.0.113.9');
  });

  it('with ranges, trusts only peers inside them and stops at the first address outside', () => {
    expect(resolveClientAddress('10.1.2.3', '6.6.6.6, 203.0.113.9, 10.0.0.1', privateRanges)).toEqual({ client: '203.0.113.9', peerTrusted: true });
    expect(resolveClientAddress('198.51.100.4', '6.6.6.6', privateRanges)).toEqual({ client: '198.51.100.4', peerTrusted: false });
    expect(resolveClientAddress('::1', '2001:db8::5', privateRanges).client).toBe('2001:db8::5');
    expect(resolveClientAddress('::ffff:127.0.0.1', '192.0.2.1', privateRanges).client).toBe('192.0.2.1');
  });

  it('never returns an unreadable entry: the last readable hop stands', () => {
    expect(resolveClientAddress('10.0.0.2', 'unknown', oneHop).client).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', "1.2.3.4'; DROP TABLE users", oneHop).client).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', '[2001:db8::7]:4711', oneHop).client).toBe('2001:db8::7');
    expect(resolveClientAddress('10.0.0.2', '192.0.2.1:4711', oneHop).client).toBe('192.0.2.1');
  });

  it('has no client when the socket has no address', () => {
    expect(resolveClientAddress(undefined, '6.6.6.6', oneHop)).toEqual({ client: null, peerTrusted: false });
  });
});

describe('sanitizeForwardedHeaders', () => {
  const forged = (): IncomingHttpHeaders => ({
    host: 'crosscheck.example',
    'x-forwarded-for': '6.6.6.6, 7.7.7.7',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
    'x-forwarded-port': '443',
    'x-real-ip': '8.8.8.8',
    forwarded: 'for=9.9.9.9;host=evil.example',
    cookie: 'a=b',
  });

  it('by default replaces every forwarding header with the socket peer alone', () => {
    const headers = forged();
    sanitizeForwardedHeaders(headers, '127.0.0.1', none);
    expect(headers).toEqual({ host: 'crosscheck.example', 'x-forwarded-for': '127.0.0.1', cookie: 'a=b' });
  });

  it('keeps host, proto and port from a trusted proxy, and one client address', () => {
    const headers = forged();
    sanitizeForwardedHeaders(headers, '10.0.0.2', privateRanges);
    expect(headers).toEqual({
      host: 'crosscheck.example',
      'x-forwarded-for': '7.7.7.7',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      cookie: 'a=b',
    });
  });

  it('drops host and proto sent by a peer outside the trusted ranges', () => {
    const headers = forged();
    sanitizeForwardedHeaders(headers, '198.51.100.4', privateRanges);
    expect(headers).toEqual({ host: 'crosscheck.example', 'x-forwarded-for': '198.51.100.4', cookie: 'a=b' });
  });
});
