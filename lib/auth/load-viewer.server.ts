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

// next-auth's session cookie, plain or __Secure-, possibly chunked (.0, .1, …).
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

type Cookie = { name: string; value: string };

/**
 * The one session reader, for pages, server components, actions and API requests alike: the
 * claims of next-auth's session cookie, its JWT decoded once; loadSessionViewer then checks the
 * user and session version in the database. Anonymous readers (no session cookie) cost no JWT
 * work and no database read.
 */
export async function sessionFromCookies(cookies: readonly Cookie[]): Promise<SessionClaims | null> {
  if (!cookies.some((c) => SESSION_COOKIE.test(c.name))) return null;
  // Only cookies are handed over: getToken would also read a Bearer header as a JWT.
  const token = await getToken({
    req: { cookies: new Map(cookies.map((c) => [c.name, c.value])), headers: {} } as unknown as Parameters<typeof getToken>[0]['req'],
    secret: authSecret(),
    secureCookie: usesSecureCookies(),
  });
  return sessionClaimsOf(token);
}

/** sessionFromCookies for a request's Cookie header (API routes, actions called with their headers). */
export function sessionFromHeaders(headers: Headers): Promise<SessionClaims | null> {
  return sessionFromCookies(parseCookieHeader(headers.get('cookie')));
}

function parseCookieHeader(header: string | null): Cookie[] {
  const cookies: Cookie[] = [];
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      cookies.push({ name, value: decodeURIComponent(raw) });
    } catch {
      cookies.push({ name, value: raw });
    }
  }
  return cookies;
}
