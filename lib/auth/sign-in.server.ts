import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { tooMany } from '@/lib/errors';
import { timingDummyHash, verifyPassword } from './password';
import { clearAccountFailures, recordSignInFailure, signInRetryAfter } from './rate-limit.server';

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type SignedInUser = { id: string; email: string; name: string; role: string };

/**
 * Email + password check behind the credentials provider. Returns null on any mismatch (the
 * caller shows one generic message); throws 429 while the account or address is throttled,
 * even when the password is right.
 */
export async function signInWithPassword(input: unknown, ip: string): Promise<SignedInUser | null> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = { email, ip };

  const wait = await signInRetryAfter(keys);
  if (wait > 0) throw tooMany('Too many sign-in attempts. Try again later.', wait);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, status: true, passwordHash: true },
  });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await timingDummyHash(), password)) && false;
  if (!user || !ok || user.status !== 'active') {
    await recordSignInFailure(keys);
    return null;
  }
  await clearAccountFailures(email);
  return { id: String(user.id), email: user.email, name: user.name, role: user.role };
}
