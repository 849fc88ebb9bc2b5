import 'server-only';
import { getToken } from 'next-auth/jwt';
import { db } from '@/lib/db';
import type { Viewer } from './viewer';
import { authSecret, usesSecureCookies } from './auth-secret';

/** The viewer for a user id, re-read from the database: a demotion or disable applies at once. */
export async function loadViewer(userId: unknown): Promise<Viewer> {
  const id = Number(userId);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, status: true },
  });
  if (!user || user.status !== 'active') return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
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

/** The signed-in user's id from next-auth's session cookie in these headers, or null. */
export async function sessionUserIdFromHeaders(headers: Headers): Promise<string | null> {
  const cookies = parseCookies(headers.get('cookie'));
  // Only the cookie counts here: getToken would also read a Bearer header as a JWT.
  const token = await getToken({
    req: { cookies, headers: {} } as unknown as Parameters<typeof getToken>[0]['req'],
    secret: authSecret(),
    secureCookie: usesSecureCookies(),
  });
  return token?.sub ?? null;
}
