import 'server-only';
import { db, type Tx } from '@/lib/db';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { notFound } from '@/lib/errors';
import { lockClaimsForWrite } from '@/lib/claims/lock-claims.server';

/** What a thread hangs on: a claim or an event. */
export type CommentTarget = { kind: 'claim'; id: number } | { kind: 'event'; id: number };

export const targetWhere = (t: CommentTarget) => (t.kind === 'claim' ? { claimId: t.id } : { eventId: t.id });
const label = (t: CommentTarget) => (t.kind === 'claim' ? 'Claim' : 'Event');

/** A deleted claim or event is, as everywhere, visible to editors only. */
const visible = (viewer: Viewer, row: { deletedAt: Date | null } | null) => row !== null && (row.deletedAt === null || hasRole(viewer, 'editor'));

export async function requireTargetForRead(viewer: Viewer, t: CommentTarget): Promise<void> {
  const row = t.kind === 'claim'
    ? await db.claim.findUnique({ where: { id: t.id }, select: { deletedAt: true } })
    : await db.event.findUnique({ where: { id: t.id }, select: { deletedAt: true } });
  if (!visible(viewer, row)) throw notFound(label(t));
}

/** Inside the write's transaction: a claim is locked (a merged one is 409 `merged`). */
export async function requireTargetForWrite(tx: Tx, viewer: Viewer, t: CommentTarget): Promise<void> {
  if (t.kind === 'claim') {
    const row = (await lockClaimsForWrite(tx, [t.id])).get(t.id) ?? null;
    if (!visible(viewer, row)) throw notFound(label(t));
    return;
  }
  const row = await tx.event.findUnique({ where: { id: t.id }, select: { deletedAt: true } });
  if (!visible(viewer, row)) throw notFound(label(t));
}
