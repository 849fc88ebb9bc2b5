// The sign-in throttle's policy (docs/decisions/006-sign-in-throttling.md): hard limits per
// account-and-address pair and per address, growing delays per account, and one atomic
// reservation per attempt so simultaneous guesses cannot slip past a limit.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { isDomainError } from '@/lib/errors';
import { signInWithPassword } from '@/lib/auth/sign-in.server';
import {
  FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_DELAY_SECONDS, MAX_ATTEMPTS_PER_ADDRESS, MAX_ATTEMPTS_PER_PAIR, signInBucketKeys,
} from '@/lib/auth/rate-limit.server';
import { POST } from '@/app/api/auth/[...nextauth]/route';
import { advanceSignInClock, createActor, uniq } from '../helpers/auth-fixtures';

// Counts how many attempts reached the password check (a real account's hash or the timing dummy).
const checked = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/password')>();
  return {
    ...original,
    verifyPassword: async (...args: Parameters<typeof original.verifyPassword>) => {
      checked.count++;
      return original.verifyPassword(...args);
    },
  };
});
beforeEach(() => {
  checked.count = 0;
});

const PASSWORD = 'correct horse battery staple';

/** null for a checked mismatch, the user for a sign-in, the Retry-After seconds for a 429. */
async function attempt(email: string, password: string, ip: string): Promise<null | object | { retryAfter: number }> {
  try {
    return await signInWithPassword({ email, password }, ip);
  } catch (e) {
    if (isDomainError(e) && e.status === 429) return { retryAfter: (e.details as { retryAfterSeconds: number }).retryAfterSeconds };
    throw e;
  }
}

describe('sign-in throttling', () => {
  it('40 simultaneous wrong guesses at one account from one address: at most the limit reach the password check', async () => {
    const user = await createActor('reviewer', { password: PASSWORD });
    const ip = uniq('ip');
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(user.email, `wrong guess ${i}`, ip)));
    const refused = results.filter((r) => r !== null && 'retryAfter' in r).length;
    expect(checked.count).toBeLessThanOrEqual(MAX_ATTEMPTS_PER_PAIR);
    expect(checked.count + refused).toBe(40);
    // Every check was counted: what the buckets say is what happened.
    const account = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: signInBucketKeys({ email: user.email, ip }).account } });
    expect(account.hits).toBe(checked.count);
  });

  it('40 simultaneous guesses from an address 10 short of its limit: exactly 10 reach the password check', async () => {
    const ip = uniq('ip');
    const { address } = signInBucketKeys({ email: 'x', ip });
    await db.rateLimitBucket.create({ data: { key: address, hits: MAX_ATTEMPTS_PER_ADDRESS - 10, windowStart: new Date() } });
    // Different accounts each time, so only the address limit applies.
    const results = await Promise.all(Array.from({ length: 40 }, () => attempt(`${uniq('spray')}@crosscheck.test`, 'Summer2026!', ip)));
    expect(checked.count).toBe(10);
    expect(results.filter((r) => r === null)).toHaveLength(10);
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: address } })).hits).toBe(MAX_ATTEMPTS_PER_ADDRESS);
  });

  it('after five failures an account waits 1, 2, 4 … seconds between attempts, never more than 60', async () => {
    const user = await createActor('reviewer', { password: PASSWORD });
    const expected = [0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60];
    for (const [i, delay] of expected.entries()) {
      const ip = uniq('ip'); // a different address every time: the account's own rule alone
      const before = Date.now();
      expect(await attempt(user.email, `wrong ${i}`, ip)).toBeNull();
      const after = Date.now();
      const { blockedUntil } = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: signInBucketKeys({ email: user.email, ip }).account } });
      if (delay === 0) {
        expect(blockedUntil, `after failure ${i + 1}`).toBeNull();
        continue;
      }
      // The block ends `delay` seconds after the attempt was reserved, somewhere between before and after.
      expect(blockedUntil!.getTime(), `after failure ${i + 1}`).toBeGreaterThanOrEqual(before + delay * 1000 - 50);
      expect(blockedUntil!.getTime(), `after failure ${i + 1}`).toBeLessThanOrEqual(after + delay * 1000 + 50);
      if (delay >= 8) {
        // Long enough to observe from here on a busy machine: even the right password waits.
        expect(await attempt(user.email, PASSWORD, uniq('ip'))).toMatchObject({ retryAfter: expect.any(Number) });
      }
      await advanceSignInClock([{ email: user.email, ip }], delay);
    }
    expect(FREE_ACCOUNT_FAILURES).toBe(5);
  });

  it('a stranger’s 15 failed attempts cannot lock the owner out: at most a 60-second wait from their own address', async () => {
    const victim = await createActor('editor', { password: PASSWORD });
    const stranger = uniq('ip');
    const home = uniq('ip');
    const answers = [];
    for (let i = 0; i < 15; i++) {
      // The stranger is patient and waits out the account delay after each failure.
      const delay = i >= FREE_ACCOUNT_FAILURES && i < MAX_ATTEMPTS_PER_PAIR ? Math.min(MAX_ACCOUNT_DELAY_SECONDS, 2 ** (i - FREE_ACCOUNT_FAILURES)) : 0;
      await advanceSignInClock([{ email: victim.email, ip: stranger }], delay);
      answers.push(await attempt(victim.email, `stranger guess ${i}`, stranger));
    }
    expect(answers.slice(0, MAX_ATTEMPTS_PER_PAIR)).toEqual(Array(MAX_ATTEMPTS_PER_PAIR).fill(null));
    // Beyond ten, the stranger's own pair is blocked for the rest of the window.
    for (const a of answers.slice(MAX_ATTEMPTS_PER_PAIR)) expect((a as { retryAfter: number }).retryAfter).toBeGreaterThan(MAX_ACCOUNT_DELAY_SECONDS);

    // The owner, at home: over HTTP the wait is at most the account delay …
    const body = new URLSearchParams({ email: victim.email, password: PASSWORD, csrfToken: 'x', json: 'true' });
    const res = await POST(
      new Request('http://crosscheck.test/api/auth/callback/credentials', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': home } }) as NextRequest,
      { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) },
    );
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(MAX_ACCOUNT_DELAY_SECONDS);
    // … and after that wait the right password signs in.
    await advanceSignInClock([{ email: victim.email, ip: home }], retryAfter);
    expect(await attempt(victim.email, PASSWORD, home)).toMatchObject({ id: String(victim.id) });
    // The stranger's address stays blocked for this account.
    expect(await attempt(victim.email, PASSWORD, stranger)).toMatchObject({ retryAfter: expect.any(Number) });
  });
});
