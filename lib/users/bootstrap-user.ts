// Used by `npm run users` on the server's own machine, outside any request: no viewer, so no
// 'server-only' guard (tsx cannot load it) and the audit entry names the actor "system".
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Role } from '@/lib/generated/prisma/enums';
import { EmailSchema, PasswordSchema, RoleSchema } from './user-schemas';
import { END_SESSIONS } from './session-version';

export async function createOrResetUserFromCli(input: { email: string; name?: string; role: Role; password: string }) {
  const email = EmailSchema.parse(input.email);
  const role = RoleSchema.parse(input.role);
  const password = await PasswordSchema.parseAsync(input.password);
  const passwordHash = await hashPassword(password);
  const row = { id: true, email: true, name: true, role: true, status: true, sessionVersion: true } as const;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { email }, select: row });
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: input.name ?? email.split('@')[0], role, status: 'active', passwordHash },
      // A reset ends every session signed in with the old password.
      update: { role, status: 'active', passwordHash, passwordSetTokenHash: null, passwordSetExpiresAt: null, ...END_SESSIONS },
      select: row,
    });
    await recordAudit(tx, {
      actor: null,
      action: before ? 'user.reset_by_cli' : 'user.create_by_cli',
      entityType: 'user',
      entityId: user.id,
      before,
      after: user,
    });
    return { user, created: !before };
  });
}
