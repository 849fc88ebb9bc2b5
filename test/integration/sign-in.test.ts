// Sign-in: one generic answer for any mismatch; throttling in PostgreSQL refuses with 429 even
// the right password once a limit is reached (the policy: test/integration/sign-in-throttle.test.ts).
import { describe, expect, it } from 'vitest';
import type { NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { isDomainError } from '@/lib/errors';
import { getAuthOptions } from '@/lib/next-auth/auth-options';
import { signInWithPassword } from '@/lib/auth/sign-in.server';
import { MAX_ACCOUNT_DELAY_SECONDS, MAX_ATTEMPTS_PER_ADDRESS, MAX_ATTEMPTS_PER_PAIR, signInBucketKeys } from '@/lib/auth/rate-limit.server';
import { POST } from '@/app/api/auth/[...nextauth]/route';
import { advanceSignInClock, createActor, uniq } from '../helpers/auth-fixtures';

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

  it('after ten attempts for one account from one address, that pair gets 429 even with the right password', async () => {
    const user = await createActor('reviewer', { password: PASSWORD });
    const ip = uniq('ip');
    for (let i = 0; i < MAX_ATTEMPTS_PER_PAIR; i++) {
      // Waiting out the account's growing delay: only the pair's hard limit is left to hit.
      await advanceSignInClock([{ email: user.email, ip }], MAX_ACCOUNT_DELAY_SECONDS);
      expect(await signInWithPassword({ email: user.email, password: `wrong-${i}` }, ip)).toBeNull();
    }
    await advanceSignInClock([{ email: user.email, ip }], MAX_ACCOUNT_DELAY_SECONDS);
    const blocked = await expect429(signInWithPassword({ email: user.email, password: PASSWORD }, ip));
    expect(blocked.details.retryAfterSeconds).toBeGreaterThan(MAX_ACCOUNT_DELAY_SECONDS);

    const pair = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: signInBucketKeys({ email: user.email, ip }).pair } });
    expect(pair.hits).toBe(MAX_ATTEMPTS_PER_PAIR);

    // The credentials provider's authorize says so too, and the HTTP endpoint answers 429.
    const credentials = getAuthOptions().providers.find((p) => p.id === 'credentials') as unknown as {
      options: { authorize: (c: object, req: object) => Promise<unknown> };
    };
    await expect(credentials.options.authorize({ email: user.email, password: PASSWORD }, { headers: { 'x-forwarded-for': ip } })).rejects.toThrow('RateLimited');
    const body = new URLSearchParams({ email: user.email, password: PASSWORD, csrfToken: 'x', json: 'true' });
    const res = await POST(
      new Request('http://crosscheck.test/api/auth/callback/credentials', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip } }) as NextRequest,
      { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) },
    );
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(MAX_ACCOUNT_DELAY_SECONDS);

    // From the owner's own address the right password still works.
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, uniq('ip'))).toMatchObject({ id: String(user.id) });
  });

  it('limits one address trying many accounts', async () => {
    const ip = uniq('ip');
    const address = signInBucketKeys({ email: 'x', ip }).address;
    // As if this address had already failed against 99 other accounts in this window.
    await db.rateLimitBucket.create({ data: { key: address, hits: MAX_ATTEMPTS_PER_ADDRESS - 1, windowStart: new Date() } });
    expect(await signInWithPassword({ email: `${uniq('who')}@crosscheck.test`, password: 'guess' }, ip)).toBeNull();
    const user = await createActor('reviewer', { password: PASSWORD });
    await expect429(signInWithPassword({ email: user.email, password: PASSWORD }, ip));
  });

  it('a successful sign-in does not count against a shared address', async () => {
    const ip = uniq('ip');
    const user = await createActor('reviewer', { password: PASSWORD });
    for (let i = 0; i < 3; i++) expect(await signInWithPassword({ email: user.email, password: PASSWORD }, ip)).not.toBeNull();
    const keys = signInBucketKeys({ email: user.email, ip });
    const rows = await db.rateLimitBucket.findMany({ where: { key: { in: Object.values(keys) } }, select: { hits: true } });
    expect(rows.map((r) => r.hits)).toEqual([0, 0, 0]);
  });
});
