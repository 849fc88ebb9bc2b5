// Sign-in throttling lives in PostgreSQL: ten failures for one account within fifteen minutes
// block the next attempt with 429, even with the right password.
import { describe, expect, it } from 'vitest';
import type { NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { isDomainError } from '@/lib/errors';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { signInWithPassword } from '@/lib/auth/sign-in.server';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/rate-limit.server';
import { POST } from '@/app/api/auth/[...nextauth]/route';
import { createActor, uniq } from '../helpers/auth-fixtures';

const PASSWORD = 'correct horse battery staple';

async function expect429(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isDomainError(error) && error.status === 429, `expected 429, got ${String(error)}`).toBe(true);
  return error as { details: { retryAfterSeconds: number } };
}

describe('signInWithPassword', () => {
  it('signs in with the right password and refuses anything else with the same answer', async () => {
    const user = await createActor('reviewer', { password: PASSWORD });
    const ip = uniq('ip');
    expect(await signInWithPassword({ email: user.email.toUpperCase(), password: PASSWORD }, ip)).toMatchObject({ id: String(user.id) });
    expect(await signInWithPassword({ email: user.email, password: 'wrong password' }, ip)).toBeNull();
    expect(await signInWithPassword({ email: `nobody-${user.email}`, password: PASSWORD }, ip)).toBeNull();
  });

  it('refuses disabled and invited accounts', async () => {
    const disabled = await createActor('admin', { password: PASSWORD, status: 'disabled' });
    const invited = await createActor('admin', { password: PASSWORD, status: 'invited' });
    expect(await signInWithPassword({ email: disabled.email, password: PASSWORD }, uniq('ip'))).toBeNull();
    expect(await signInWithPassword({ email: invited.email, password: PASSWORD }, uniq('ip'))).toBeNull();
  });

  it('after ten wrong passwords the next attempt gets 429 even with the right password', async () => {
    const user = await createActor('reviewer', { password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      // Different addresses: the per-account limit alone must hold.
      expect(await signInWithPassword({ email: user.email, password: `wrong-${i}` }, uniq('ip'))).toBeNull();
    }
    const blocked = await expect429(signInWithPassword({ email: user.email, password: PASSWORD }, uniq('ip')));
    expect(blocked.details.retryAfterSeconds).toBeGreaterThan(14 * 60);

    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `signin:account:${user.email}` } });
    expect(bucket.hits).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(bucket.blockedUntil!.getTime()).toBeGreaterThan(Date.now());

    // The credentials provider's authorize says so too, and the HTTP endpoint answers 429.
    const credentials = getAuthOptions().providers.find((p) => p.id === 'credentials') as unknown as {
      options: { authorize: (c: object, req: object) => Promise<unknown> };
    };
    await expect(credentials.options.authorize({ email: user.email, password: PASSWORD }, { headers: {} })).rejects.toThrow('RateLimited');
    const body = new URLSearchParams({ email: user.email, password: PASSWORD, csrfToken: 'x', json: 'true' });
    const res = await POST(
      new Request('http://crosscheck.test/api/auth/callback/credentials', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }) as NextRequest,
      { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) },
    );
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('limits one address trying many accounts', async () => {
    const ip = uniq('ip');
    for (let i = 0; i < 50; i++) await signInWithPassword({ email: `${uniq('who')}@crosscheck.test`, password: 'guess' }, ip);
    const user = await createActor('reviewer', { password: PASSWORD });
    await expect429(signInWithPassword({ email: user.email, password: PASSWORD }, ip));
  });
});
