import 'server-only';
import { getToken } from 'next-auth/jwt';
import { db } from '@/lib/db';
import type { Viewer } from './viewer';
import { authSecret, usesSecureCookies } from './auth-secret';
import { sessionClaimsOf, type SessionClaims } from './session-claims';

/**
 * The active user behind an id, re-read from the database on every request so a demotion or a
 * disable applies at once. With a session version, a session issued before the user's last
 * sign-out, password change, disable or role change is refused in the same query.
 */
async function readViewer(userId: unknown, sessionVersion?: number): Promise<Viewer> {
  const id = Number(userId);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, status: true, sessionVersion: true },
  });
  if (!user || user.status !== 'active') return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** The viewer for an API token's owner (the token itself is checked in lib/tokens). */
export function loadViewer(userId: unknown): Promise<Viewer> {
  return readViewer(userId);
}

/** The viewer for a session cookie's claims; null when anonymous, disabled or signed out since. */
export function loadSessionViewer(claims: SessionClaims | null): Promise<Viewer> {
  return claims ? readViewer(claims.userId, claims.sessionVersion) : Promise.resolve(null);
}

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw);
    }
  }
  return cookies;
}

/** The claims of next-auth's session cookie in these headers, or null. */
export async function sessionFromHeaders(headers: Headers): Promise<SessionClaims | null> {
  const cookies = parseCookies(headers.get('cookie'));
  // Only the cookie counts here: getToken would also read a Bearer header as a JWT.
  const token = await getToken({
    req: { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]['req'],
    secret: authSecret(),
    secureCookie: usesSecureCookies(),
  });
  return sessionClaimsOf(token);
}
