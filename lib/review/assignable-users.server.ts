import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { reviewRoles } from './review-permissions';

export type AssignableUser = { id: number; name: string; role: string };

// Every role from reviewer up may be assigned work; the list is short (staff, not readers).
const assignableWhere = { status: 'active', role: { in: ['reviewer', 'editor', 'admin'] } } satisfies Prisma.UserWhereInput;

/** Active reviewers, editors and admins, by name: whom a claim or an event can be assigned to. */
export async function listAssignableUsers(viewer: Viewer): Promise<AssignableUser[]> {
  requireRole(viewer, reviewRoles.review);
  return db.user.findMany({ where: assignableWhere, select: { id: true, name: true, role: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}

/** Refuses (400 on `assigneeId`) an assignee who is not an active user of at least reviewer's role. */
export async function requireAssignee(tx: Tx, assigneeId: number): Promise<void> {
  const user = await tx.user.findFirst({ where: { id: assigneeId, ...assignableWhere }, select: { id: true } });
  if (!user) {
    throw invalid('Assign it to an active reviewer, editor or admin.', {
      assigneeId: ['Not an active user who can review: pick a reviewer, editor or admin.'],
    });
  }
}
