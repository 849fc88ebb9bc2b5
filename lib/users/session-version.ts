// users.session_version is carried in every session JWT (`sv`); bumping it ends every session
// issued before. Used by next-auth's sign-out event as well as by lib/users, so no 'server-only'.
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionClaims } from '@/lib/auth/session-claims';

/** Spread into a user update's data: the write that changes a password, role or status also ends sessions. */
export const END_SESSIONS = { sessionVersion: { increment: 1 } } as const;

/**
 * Signing out ends the user's sessions everywhere. Only a still-valid session can do it, so an
 * old stolen cookie cannot be used to sign its owner out again and again.
 */
export async function endSessionsOnSignOut(claims: SessionClaims | null): Promise<void> {
  const id = Number(claims?.userId);
  if (!claims || !Number.isSafeInteger(id) || id <= 0) return;
  await db.$transaction(async (tx) => {
    const [user] = await tx.user.updateManyAndReturn({
      where: { id, sessionVersion: claims.sessionVersion, status: 'active' },
      data: END_SESSIONS,
      select: { id: true, email: true, name: true, role: true, sessionVersion: true },
    });
    if (!user) return;
    const { sessionVersion, ...actor } = user;
    await recordAudit(tx, {
      actor,
      action: 'user.sign_out_everywhere',
      entityType: 'user',
      entityId: user.id,
      before: { sessionVersion: claims.sessionVersion },
      after: { sessionVersion },
    });
  });
}
