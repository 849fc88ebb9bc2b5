import 'server-only';
import { sqlExecute, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

// Sign-in throttling (docs/decisions/006-sign-in-throttling.md). State lives in PostgreSQL
// (rate_limit_buckets) so it holds across restarts and app instances. An attempt is reserved
// before the password is checked, by one statement that checks and counts all three buckets
// under row locks, so simultaneous guesses cannot slip past a limit.
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** Hard limit for one account from one address. */
export const MAX_ATTEMPTS_PER_PAIR = 10;
// Several people can share one address (an office, a newsroom behind NAT): a looser limit.
export const MAX_ATTEMPTS_PER_ADDRESS = 100;
/** Per account only growing delays, so a stranger elsewhere cannot lock the owner out. */
export const FREE_ACCOUNT_FAILURES = 5;
export const MAX_ACCOUNT_DELAY_SECONDS = 60;

export type SignInKeys = { email: string; ip: string };
export type SignInVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function signInBucketKeys({ email, ip }: SignInKeys) {
  const account = email.trim().toLowerCase();
  return { account: `signin:account:${account}`, address: `signin:ip:${ip}`, pair: `signin:pair:${account}|${ip}` };
}

/** Seconds until sign-in is allowed again for this account and address; 0 when not blocked. */
export async function signInRetryAfter(keys: SignInKeys): Promise<number> {
  const rows = await sqlRows<{ wait: number | null }>(Prisma.sql`
    SELECT ceil(extract(epoch FROM max(blocked_until) - now()))::int AS wait
    FROM rate_limit_buckets
    WHERE key = ANY(${Object.values(signInBucketKeys(keys))}::text[]) AND blocked_until > now()`);
  return Math.max(0, rows[0]?.wait ?? 0);
}

/**
 * Reserves one attempt, or refuses it with the wait. Buckets are locked in key order (no
 * deadlocks); a refused attempt counts nowhere, an allowed one counts in all three. Each bucket's
 * blocked_until is the earliest time of its next attempt: the window's end for the pair and the
 * address at their limits, 2^(n-5) seconds (at most 60) after the account's n-th attempt.
 */
export async function reserveSignInAttempt(keys: SignInKeys): Promise<SignInVerdict> {
  const k = signInBucketKeys(keys);
  const all = [k.account, k.address, k.pair];
  await sqlExecute(Prisma.sql`
    INSERT INTO rate_limit_buckets (key, hits, window_start)
    SELECT key, 0, now() FROM unnest(${all}::text[]) AS key
    ON CONFLICT (key) DO NOTHING`);
  const [verdict] = await sqlRows<{ allowed: boolean; wait: number | null }>(Prisma.sql`
    WITH locked AS MATERIALIZED (
      SELECT key, hits, window_start, blocked_until FROM rate_limit_buckets
      WHERE key = ANY(${all}::text[]) ORDER BY key FOR UPDATE
    ), fresh AS (
      SELECT key, blocked_until,
        CASE WHEN window_start <= now() - make_interval(secs => ${SIGN_IN_WINDOW_SECONDS}::int) THEN 0 ELSE hits END AS hits,
        CASE WHEN window_start <= now() - make_interval(secs => ${SIGN_IN_WINDOW_SECONDS}::int) THEN now() ELSE window_start END AS window_start
      FROM locked
    ), verdict AS (
      SELECT count(*) = 3 AND bool_and(blocked_until IS NULL OR blocked_until <= now()) AS allowed,
        ceil(extract(epoch FROM max(blocked_until) FILTER (WHERE blocked_until > now()) - now()))::int AS wait
      FROM fresh
    ), counted AS (
      UPDATE rate_limit_buckets b SET
        hits = f.hits + 1,
        window_start = f.window_start,
        blocked_until = CASE
          WHEN b.key = ${k.account} THEN CASE WHEN f.hits + 1 >= ${FREE_ACCOUNT_FAILURES}::int
            THEN now() + make_interval(secs => least(${MAX_ACCOUNT_DELAY_SECONDS}::int, power(2, f.hits + 1 - ${FREE_ACCOUNT_FAILURES}::int)))
          END
          WHEN f.hits + 1 >= CASE WHEN b.key = ${k.pair} THEN ${MAX_ATTEMPTS_PER_PAIR}::int ELSE ${MAX_ATTEMPTS_PER_ADDRESS}::int END
            THEN f.window_start + make_interval(secs => ${SIGN_IN_WINDOW_SECONDS}::int)
        END
      FROM fresh f, verdict v
      WHERE b.key = f.key AND v.allowed
      RETURNING b.key
    )
    SELECT allowed, wait FROM verdict`);
  return verdict.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, verdict.wait ?? 1) };
}

/**
 * After a successful sign-in: the account and the pair start afresh, and the address gets its
 * reserved attempt back, so only failures count against a shared address.
 */
export async function clearSignInAttempts(keys: SignInKeys): Promise<void> {
  const k = signInBucketKeys(keys);
  await sqlExecute(Prisma.sql`
    WITH locked AS MATERIALIZED (
      SELECT key FROM rate_limit_buckets WHERE key = ANY(${[k.account, k.address, k.pair]}::text[]) ORDER BY key FOR UPDATE
    )
    UPDATE rate_limit_buckets b SET
      hits = CASE WHEN b.key = ${k.address} THEN greatest(b.hits - 1, 0) ELSE 0 END,
      blocked_until = CASE WHEN b.key = ${k.address} AND b.hits - 1 >= ${MAX_ATTEMPTS_PER_ADDRESS}::int THEN b.blocked_until END
    FROM locked l WHERE b.key = l.key`);
}
