// Which client a request came from, decided once at the edge (scripts/serve.ts) before Next.js
// sees the request. Any client can send X-Forwarded-For and friends, and Next.js keeps them,
// so they are believed only from proxies the operator names (docs/operations.md).
import ipaddr from 'ipaddr.js';
import type { IncomingHttpHeaders } from 'node:http';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

export type TrustedProxies =
  | { kind: 'none' }
  | { kind: 'hops'; count: number }
  | { kind: 'ranges'; ranges: ReadonlyArray<[Address, number]> };

// Removed from every request; only a trusted proxy's host, proto and port are put back.
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip'] as const;
const KEPT_FROM_TRUSTED_PROXY = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'] as const;

/**
 * CROSSCHECK_TRUSTED_PROXIES: empty or `0` trusts no one; a number trusts that many proxy hops
 * in front of the app; otherwise a comma list of CIDR ranges (a bare address is one host).
 * Throws with a message naming the entry it cannot read.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > 32) throw new Error(`a hop count must be between 0 and 32 (got ${text})`);
    return { kind: 'hops', count };
  }
  const ranges = text.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry): [Address, number] => {
    const [host, bits, ...rest] = entry.split('/');
    const address = parseAddress(host);
    if (!address || rest.length) throw new Error(`"${entry}" is neither a hop count nor an IP address or CIDR range`);
    const max = address.kind() === 'ipv4' ? 32 : 128;
    if (bits === undefined) return [address, max];
    const prefix = /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!(prefix >= 0 && prefix <= max)) throw new Error(`"${entry}" has a prefix length outside 0–${max}`);
    return [address, prefix];
  });
  if (!ranges.length) return { kind: 'none' };
  return { kind: 'ranges', ranges };
}

/**
 * One address from a socket or a forwarded header: IPv4 in dotted quads only (no `0x7f.1`),
 * IPv6 with or without brackets, an optional port dropped, IPv4-mapped IPv6 unmapped.
 */
export function parseAddress(raw: string | undefined): Address | null {
  let text = raw?.trim() ?? '';
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.indexOf(':'));
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (text.includes(':') && ipaddr.IPv6.isValid(text)) return ipaddr.process(text);
  return null;
}

function isTrusted(address: Address, hop: number, trust: TrustedProxies): boolean {
  if (trust.kind === 'none') return false;
  if (trust.kind === 'hops') return hop < trust.count;
  return trust.ranges.some(([range, bits]) => address.kind() === range.kind() && address.match(range, bits));
}

/**
 * The standard right-to-left walk: start at the socket's peer and, while the current hop is
 * trusted, step to the address it says it received the request from. The first untrusted hop
 * (or the leftmost, or the last hop before an unreadable entry) is the client.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trust: TrustedProxies,
): { client: string | null; peerTrusted: boolean } {
  const peerAddress = parseAddress(peer);
  if (!peerAddress) return { client: null, peerTrusted: false };
  const chain = (forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean).reverse();
  let current = peerAddress;
  let hop = 0;
  while (hop < chain.length && isTrusted(current, hop, trust)) {
    const next = parseAddress(chain[hop]);
    if (!next) break;
    current = next;
    hop++;
  }
  return { client: current.toString(), peerTrusted: isTrusted(peerAddress, 0, trust) };
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(', ') : v);

/**
 * Rewrites a request's forwarding headers in place: afterwards X-Forwarded-For holds exactly
 * one address (the client as decided above) and X-Forwarded-Host/Proto/Port survive only when
 * the socket's peer is a trusted proxy. Forwarded and X-Real-IP never survive.
 */
export function sanitizeForwardedHeaders(headers: IncomingHttpHeaders, peer: string | undefined, trust: TrustedProxies): void {
  const { client, peerTrusted } = resolveClientAddress(peer, single(headers['x-forwarded-for']), trust);
  const kept = peerTrusted ? KEPT_FROM_TRUSTED_PROXY.map((name) => [name, single(headers[name])] as const) : [];
  for (const name of FORWARDING_HEADERS) delete headers[name];
  if (client) headers['x-forwarded-for'] = client;
  for (const [name, value] of kept) if (value) headers[name] = value;
}
