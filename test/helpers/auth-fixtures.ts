// Test actors: users with tokens (Bearer path) and next-auth session cookies (cookie path),
// made directly in the test database. Each gets a unique email so files can run in parallel.
import { randomBytes } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { hashToken, displayPrefix, newRawToken } from '@/lib/auth/api-token-hash';
import type { Role, UserStatus } from '@/lib/generated/prisma/enums';

process.env.NEXTAUTH_SECRET ??= 'vitest-only-secret-0123456789abcdef';
export const TEST_ORIGIN = 'http://crosscheck.test';

export type TestActor = { id: number; email: string; name: string; role: Role; token: string; cookie: string };

export const uniq = (label = 'x') => `${label}-${randomBytes(4).toString('hex')}`;

export async function createActor(role: Role, opts: { status?: UserStatus; password?: string } = {}): Promise<TestActor> {
  const email = `${uniq(role)}@crosscheck.test`;
  const user = await db.user.create({
    data: {
      email,
      name: `Test ${role}`,
      role,
      status: opts.status ?? 'active',
      passwordHash: opts.password ? await hashPassword(opts.password) : null,
    },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  const token = newRawToken();
  await db.apiToken.create({ data: { userId: user.id, name: 'test', tokenHash: hashToken(token), tokenPrefix: displayPrefix(token) } });
  const { sessionVersion, ...actor } = user;
  return { ...actor, token, cookie: await sessionCookie(user.id, sessionVersion, { email, name: user.name }) };
}

/** A session cookie as next-auth issues it at sign-in: the user id and the session version (`sv`). */
export async function sessionCookie(userId: number, sessionVersion: number, claims: { email?: string; name?: string } = {}): Promise<string> {
  const jwt = await encode({ token: { ...claims, sub: String(userId), sv: sessionVersion }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${jwt}`;
}

export type Caller = { kind: 'anonymous' } | { kind: 'token'; actor: TestActor } | { kind: 'cookie'; actor: TestActor; origin?: string };

/** Headers a browser (cookie + Origin) or a script (Bearer) would send. */
export function headersFor(caller: Caller): Headers {
  const h = new Headers({ host: new URL(TEST_ORIGIN).host, 'content-type': 'application/json' });
  if (caller.kind === 'token') h.set('authorization', `Bearer ${caller.actor.token}`);
  if (caller.kind === 'cookie') {
    h.set('cookie', caller.actor.cookie);
    h.set('origin', caller.origin ?? TEST_ORIGIN);
  }
  return h;
}

export function apiRequest(caller: Caller, method: string, path: string, body?: unknown): Request {
  return new Request(`${TEST_ORIGIN}${path}`, {
    method,
    headers: headersFor(caller),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export function formData(fields: Record<string, string | number>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, String(v));
  return fd;
}

export const params = <T extends object>(p: T) => ({ params: Promise.resolve(p) });

export async function createTestAlignment() {
  const slug = uniq('al');
  return db.alignment.create({ data: { slug, label: `Label ${slug}`, color: '#123456' }, select: { slug: true, version: true } });
}

export async function createTestSource(alignmentSlug?: string) {
  const slug = alignmentSlug ?? (await createTestAlignment()).slug;
  return db.source.create({
    data: { name: uniq('Source'), kind: 'outlet', alignmentSlug: slug },
    select: { id: true, name: true, version: true, ratingVersion: true, alignmentSlug: true },
  });
}

/**
 * Moves the sign-in throttle's clock forward for these account/address pairs (their buckets'
 * window start and block end move back), so tests wait for delays without sleeping.
 */
export async function advanceSignInClock(pairs: { email: string; ip: string }[], seconds: number): Promise<void> {
  const { signInBucketKeys } = await import('@/lib/auth/rate-limit.server');
  const keys = pairs.flatMap((p) => Object.values(signInBucketKeys(p)));
  await db.$executeRaw`
    UPDATE rate_limit_buckets SET window_start = window_start - make_interval(secs => ${seconds}::int),
      blocked_until = blocked_until - make_interval(secs => ${seconds}::int)
    WHERE key = ANY(${keys}::text[])`;
}
