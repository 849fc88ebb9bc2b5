import { DomainError } from '@/lib/errors';

const crossSite = () => new DomainError(403, 'cross_site', 'Cross-site request refused.');

/**
 * CSRF defence for cookie-authenticated writes (API and server actions): the browser's Origin
 * must be this app. SameSite=Lax already keeps the cookie off most cross-site writes; this closes
 * the rest (sibling subdomains, old browsers). Bearer-token requests carry no ambient
 * credentials and skip it.
 */
export function assertSameOrigin(headers: Headers, requestUrl?: string): void {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') throw crossSite();
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossSite();
  }
  const allowed = new Set<string>();
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = headers.get('host');
  if (forwarded) allowed.add(forwarded);
  if (host) allowed.add(host);
  if (!forwarded && !host && requestUrl) allowed.add(new URL(requestUrl).host);
  if (process.env.NEXTAUTH_URL) allowed.add(new URL(process.env.NEXTAUTH_URL).host);
  if (!allowed.has(originHost)) throw crossSite();
}
