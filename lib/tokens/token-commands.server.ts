import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { CreateTokenSchema, type CreateTokenInput } from './token-schemas';
import { displayPrefix, hashToken, newRawToken, TOKEN_PREFIX } from './token-hash';
import { tokenRoles } from './token-permissions';

export type ApiTokenSummary = {
  id: number;
  name: string;
  tokenPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

const summary = {
  id: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true,
} as const;

/** Creates a personal token; the raw value is returned once and never stored. `ip` goes to the audit log. */
export async function createApiToken(viewer: Viewer, input: CreateTokenInput, ip?: string) {
  requireRole(viewer, tokenRoles.create);
  const { name, expiresInDays } = CreateTokenSchema.parse(input);
  const raw = newRawToken();
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: viewer.id, name, tokenHash: hashToken(raw), tokenPrefix: displayPrefix(raw), expiresAt },
      select: summary,
    });
    await recordAudit(tx, { actor: viewer, action: 'token.create', entityType: 'api_token', entityId: created.id, before: null, after: created, ip });
    return created;
  });
  return { token, raw };
}

export async function listApiTokens(viewer: Viewer): Promise<ApiTokenSummary[]> {
  requireRole(viewer, tokenRoles.list);
  return db.apiToken.findMany({ where: { userId: viewer.id }, select: summary, orderBy: { id: 'desc' } });
}

/** Owners revoke their own tokens; the row stays so the audit trail can name it. */
export async function revokeApiToken(viewer: Viewer, tokenId: number, ip?: string): Promise<ApiTokenSummary> {
  requireRole(viewer, tokenRoles.revoke);
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findFirst({ where: { id: tokenId, userId: viewer.id }, select: summary });
    if (!before) throw notFound('Token');
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: summary });
    await recordAudit(tx, { actor: viewer, action: 'token.revoke', entityType: 'api_token', entityId: tokenId, before, after, ip });
    return after;
  });
}

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
