import 'server-only';
import { db } from '@/lib/db';
import { hashToken, TOKEN_PREFIX } from './api-token-hash';

// How a Bearer token becomes a user id: part of authenticating a request, so it lives with auth
// (the token commands, which manage tokens for a viewer, build on auth, not the other way).

/** The owner's user id for a live token, or null. Not a viewer-facing function: it is how one is found. */
export async function resolveApiTokenUserId(raw: string): Promise<number | null> {
  if (!raw.startsWith(TOKEN_PREFIX) || raw.length > 200) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { id: true, userId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= new Date())) return null;
  // lastUsedAt at minute granularity: a script's burst of requests costs one write, not hundreds.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return token.userId;
}
