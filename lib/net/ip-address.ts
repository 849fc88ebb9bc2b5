// IP addresses and the trusted-proxy setting, read the same way by the environment check
// (lib/env.ts) and the HTTP edge (lib/http/forwarded-headers.ts).
import ipaddr from 'ipaddr.js';

export type Address = ipaddr.IPv4 | ipaddr.IPv6;

export type TrustedProxies =
  | { kind: 'none' }
  | { kind: 'hops'; count: number }
  | { kind: 'ranges'; ranges: ReadonlyArray<[Address, number]> };

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

