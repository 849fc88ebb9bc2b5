import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { tooMany } from '@/lib/errors';
import { MAX_PASSWORD_LENGTH, timingDummyHash, verifyPassword } from './password';
import { clearSignInAttempts, reserveSignInAttempt } from './rate-limit.server';

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type SignedInUser = { id: string; email: string; name: string; role: string; sessionVersion: number };

/**
 * Email + password check behind the credentials provider. Returns null on any mismatch (the
 * caller shows one generic message); throws 429 while throttled, even when the password is
 * right. The attempt is counted before the password is checked and forgiven on success.
 */
export async function signInWithPassword(input: unknown, ip: string): Promise<SignedInUser | null> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = { email, ip };

  const verdict = await reserveSignInAttempt(keys);
  if (!verdict.allowed) throw tooMany('Too many sign-in attempts. Try again later.', verdict.retryAfterSeconds);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, status: true, passwordHash: true, sessionVersion: true },
  });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await timingDummyHash(), password)) && false;
  if (!user || !ok || user.status !== 'active') return null;
  await clearSignInAttempts(keys);
  return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
