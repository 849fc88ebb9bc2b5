// Which client a request came from, decided once at the edge (scripts/serve.ts) before Next.js
// sees the request. Any client can send X-Forwarded-For and friends, and Next.js keeps them,
// so they are believed only from proxies the operator names (docs/operations.md).
import { parseAddress, type Address, type TrustedProxies } from '@/lib/net/ip-address';
import type { IncomingHttpHeaders } from 'node:http';


// Removed from every request; only a trusted proxy's host, proto and port are put back.
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip'] as const;
const KEPT_FROM_TRUSTED_PROXY = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'] as const;

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
