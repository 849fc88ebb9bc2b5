// Where the browser may be sent after signing in (or out): only this app's own pages. Used by
// the sign-in page, the sign-in form in the browser and next-auth's redirect callback, so no
// path turns sign-in into a redirector for a phishing link.

const MAX_LENGTH = 2048;
// Control characters (browsers strip tabs and newlines from URLs, so `/\t/evil` becomes
// `//evil`) and backslashes (which browsers read as `/`).
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;
const MAX_DECODE_ROUNDS = 3;
// Only ASCII escapes matter here (every forbidden character is ASCII), and decoding them one by
// one never throws on the malformed or partial UTF-8 a real path may legitimately carry.
const decodeAsciiEscapes = (s: string) => s.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** True when the value, or any percent-decoding of it, holds a control character or a backslash. */
function hasForbiddenCharacter(value: string): boolean {
  let current = value;
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round++) {
    if (FORBIDDEN.test(current)) return true;
    const decoded = decodeAsciiEscapes(current);
    if (decoded === current) return false;
    current = decoded;
  }
  return true; // still decoding after several rounds: layered encoding hides something
}

/**
 * The same-origin path (with query and fragment) a callback value points at, or `/` for anything
 * else: another origin (scheme, host or port), a protocol-relative or `javascript:` value, a
 * control character or backslash anywhere, raw or percent-encoded.
 */
export function safeCallbackPath(value: unknown, origin: string): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_LENGTH) return '/';
  if (hasForbiddenCharacter(value)) return '/';
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return '/';
  }
  if (target.origin !== base.origin) return '/';
  const path = `${target.pathname}${target.search}${target.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as a host.
  if (!path.startsWith('/') || path.startsWith('//')) return '/';
  return path;
}

/** The absolute same-origin URL for a callback value: what next-auth's redirect callback returns. */
export function safeCallbackUrl(value: unknown, origin: string): string {
  return new URL(safeCallbackPath(value, origin), origin).href;
}
