import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { CreateTokenSchema, type CreateTokenInput } from './token-schemas';
import { displayPrefix, hashToken, newRawToken } from '@/lib/auth/api-token-hash';
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
