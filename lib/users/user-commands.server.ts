import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db, sqlRows } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma/client';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Role, UserStatus } from '@/lib/generated/prisma/enums';
import { InviteUserSchema, SetPasswordSchema, type InviteUserInput } from './user-schemas';
import { END_SESSIONS } from './session-version';
import { userRoles } from './user-permissions';

const LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const userRow = { id: true, email: true, name: true, role: true, status: true, createdAt: true } as const;
// Audit rows of writes that end sessions show the version moving.
const auditedRow = { ...userRow, sessionVersion: true } as const;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function setPasswordUrl(token: string): string {
  const env = getEnv();
  const base = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`;
  return `${base.replace(/\/$/, '')}/set-password?token=${encodeURIComponent(token)}`;
}

/**
 * A fresh one-time link; only its hash is stored. No mail is configured: the admin sees the link
 * and passes it on. The server log says only that one was issued, since logs are read and kept
 * by more people than the admin.
 */
async function issueLink(userId: number) {
  const token = randomBytes(32).toString('base64url');
  await db.user.update({
    where: { id: userId },
    data: { passwordSetTokenHash: sha256(token), passwordSetExpiresAt: new Date(Date.now() + LINK_LIFETIME_MS) },
  });
  console.log(`[users] Issued a set-password link for user ${userId} (valid 7 days).`);
  return setPasswordUrl(token);
}

export async function listUsers(viewer: Viewer) {
  requireRole(viewer, userRoles.list);
  return db.user.findMany({ select: userRow, orderBy: [{ status: 'asc' }, { email: 'asc' }] });
}

export async function inviteUser(viewer: Viewer, input: InviteUserInput, ip?: string) {
  requireRole(viewer, userRoles.invite);
  const data = InviteUserSchema.parse(input);
  const user = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw conflict('A user with this email already exists.');
    }
    const created = await tx.user.create({ data: { ...data, status: 'invited' }, select: userRow });
    await recordAudit(tx, { actor: viewer, action: 'user.invite', entityType: 'user', entityId: created.id, before: null, after: created, ip });
    return created;
  });
  return { user, link: await issueLink(user.id) };
}

/** A new link for an invited user, or a password reset an admin starts. */
export async function reissuePasswordLink(viewer: Viewer, userId: number, ip?: string) {
  requireRole(viewer, userRoles.reissueLink);
  const user = await db.user.findUnique({ where: { id: userId }, select: userRow });
  if (!user) throw notFound('User');
  await db.$transaction((tx) =>
    recordAudit(tx, { actor: viewer, action: 'user.password_link', entityType: 'user', entityId: userId, before: null, after: { email: user.email }, ip }),
  );
  return { link: await issueLink(user.id) };
}

// Admins cannot lock themselves out: another admin has to demote or disable them.
function refuseSelf(viewer: NonNullable<Viewer>, userId: number) {
  if (viewer.id === userId) throw forbidden('Ask another admin to change your own role or status.');
}

export async function changeUserRole(viewer: Viewer, userId: number, role: Role, ip?: string) {
  requireRole(viewer, userRoles.changeRole);
  refuseSelf(viewer, userId);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: auditedRow });
    if (!before) throw notFound('User');
    // A new role ends the user's sessions: they sign in again under it.
    const ends = before.role === role ? {} : END_SESSIONS;
    const after = await tx.user.update({ where: { id: userId }, data: { role, ...ends }, select: auditedRow });
    await recordAudit(tx, { actor: viewer, action: 'user.role', entityType: 'user', entityId: userId, before, after, ip });
    return after;
  });
}

/** Disabling takes effect on the user's next request (every request re-reads the status) and ends their sessions. */
export async function setUserStatus(viewer: Viewer, userId: number, status: 'active' | 'disabled', ip?: string) {
  requireRole(viewer, userRoles.setStatus);
  refuseSelf(viewer, userId);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { ...auditedRow, passwordHash: true } });
    if (!before) throw notFound('User');
    const { passwordHash, ...beforeRow } = before;
    // Re-enabling someone who never set a password leaves them invited, not active.
    const next = status === 'active' && !passwordHash ? 'invited' : status;
    const ends = next === 'disabled' && beforeRow.status !== 'disabled' ? END_SESSIONS : {};
    const after = await tx.user.update({ where: { id: userId }, data: { status: next, ...ends }, select: auditedRow });
    await recordAudit(tx, { actor: viewer, action: status === 'disabled' ? 'user.disable' : 'user.enable', entityType: 'user', entityId: userId, before: beforeRow, after, ip });
    return after;
  });
}

type ConsumedLink = { id: number; email: string; name: string; role: Role; status: UserStatus; before_status: UserStatus; session_version: number };

/**
 * The one-time link is the credential here, so there is no viewer. One UPDATE finds the link,
 * uses it up, sets the password and ends older sessions: of simultaneous uses exactly one wins.
 */
export async function setPasswordFromLink(input: unknown, ip?: string) {
  const { token, password } = await SetPasswordSchema.parseAsync(input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const [user] = await sqlRows<ConsumedLink>(Prisma.sql`
      UPDATE users u SET password_hash = ${passwordHash}, status = 'active', password_set_token_hash = NULL,
        password_set_expires_at = NULL, session_version = u.session_version + 1, updated_at = now()
      FROM users old
      WHERE old.id = u.id AND u.password_set_token_hash = ${sha256(token)}
        AND u.password_set_expires_at > now() AND u.status <> 'disabled'
      RETURNING u.id, u.email, u.name, u.role::text AS role, u.status::text AS status,
        old.status::text AS before_status, u.session_version`, { tx });
    if (!user) {
      throw invalid('This link is invalid or has expired. Ask an admin for a new one.', { token: ['Link invalid or expired.'] });
    }
    const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
    await recordAudit(tx, {
      actor,
      action: 'user.set_password',
      entityType: 'user',
      entityId: user.id,
      before: { status: user.before_status, sessionVersion: user.session_version - 1 },
      after: { status: user.status, sessionVersion: user.session_version },
      ip,
    });
    return { ...actor, status: user.status };
  });
}
