import { DomainError } from '@/lib/errors';
import { getEnv } from '@/lib/env';

// Naming the expected origin helps the one honest case: a browser on http://127.0.0.1:3000 while
// the app is configured as http://localhost:3000.
const crossSite = (expected: string | null) =>
  new DomainError(403, 'cross_site', expected ? `Cross-site request refused: open this site at ${expected}.` : 'Cross-site request refused.');

function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * This app's origin (scheme, host and port) as browsers see it. NEXTAUTH_URL is the public URL,
 * also behind a proxy, and the start scripts always set it. Without it: the request URL's own
 * origin, or for a server action or page (which have no request URL) plain http on the Host the
 * browser addressed, which is how a bare `next dev` runs. X-Forwarded-Host and
 * X-Forwarded-Proto are never read: any client can send them.
 */
export function appOrigin(headers: Headers, requestUrl?: string): string | null {
  const configured = originOf(getEnv().NEXTAUTH_URL);
  if (configured) return configured;
  if (requestUrl) return originOf(requestUrl);
  const host = headers.get('host');
  return host ? originOf(`http://${host}`) : null;
}

/**
 * CSRF defence for cookie-authenticated writes (API and server actions): the browser's Origin
 * must be exactly this app's origin. SameSite=Lax already keeps the cookie off most cross-site
 * writes; this closes the rest (sibling subdomains, the http page of an https site, another port
 * on the same host). Bearer-token requests carry no ambient credentials and skip it.
 */
export function assertSameOrigin(headers: Headers, requestUrl?: string): void {
  const origin = originOf(headers.get('origin'));
  const expected = appOrigin(headers, requestUrl);
  if (!origin || !expected || origin !== expected) throw crossSite(expected);
}
