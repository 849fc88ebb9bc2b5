import 'server-only';
import { db } from '@/lib/db';

// Sign-in throttling. State lives in PostgreSQL (rate_limit_buckets) so it holds across
// restarts and several app instances; each failure is counted by one atomic upsert.
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 10;
// Several people can share one address (an office, a newsroom behind NAT): a looser limit.
export const MAX_FAILURES_PER_IP = 50;

export type SignInKeys = { email: string; ip: string };

function bucketKeys({ email, ip }: SignInKeys) {
  return [
    { key: `signin:account:${email.trim().toLowerCase()}`, max: MAX_FAILURES_PER_ACCOUNT },
    { key: `signin:ip:${ip}`, max: MAX_FAILURES_PER_IP },
  ];
}

/** Seconds until sign-in is allowed again for this account or address; 0 when not blocked. */
export async function signInRetryAfter(keys: SignInKeys): Promise<number> {
  const rows = await db.$queryRaw<{ wait: number }[]>`
    SELECT ceil(extract(epoch FROM max(blocked_until) - now()))::int AS wait
    FROM rate_limit_buckets
    WHERE key = ANY(${bucketKeys(keys).map((b) => b.key)}::text[]) AND blocked_until > now()`;
  return Math.max(0, rows[0]?.wait ?? 0);
}

/** Counts one failed attempt against both buckets; a bucket at its limit is blocked for a window. */
export async function recordSignInFailure(keys: SignInKeys): Promise<void> {
  for (const { key, max } of bucketKeys(keys)) {
    await db.$executeRaw`
      INSERT INTO rate_limit_buckets AS b (key, hits, window_start, blocked_until)
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${max} THEN now() + make_interval(secs => ${SIGN_IN_WINDOW_SECONDS}) END)
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN b.window_start <= now() - make_interval(secs => ${SIGN_IN_WINDOW_SECONDS}) THEN 1 ELSE b.hits + 1 END,
        window_start = CASE WHEN b.window_start <= now() - make_interval(secs => ${SIGN_IN_WINDOW_SECONDS}) THEN now() ELSE b.window_start END,
        blocked_until = CASE
          WHEN b.window_start > now() - make_interval(secs => ${SIGN_IN_WINDOW_SECONDS}) AND b.hits + 1 >= ${max}
            THEN now() + make_interval(secs => ${SIGN_IN_WINDOW_SECONDS})
          ELSE b.blocked_until END`;
  }
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.$executeRaw`
    DELETE FROM rate_limit_buckets
    WHERE key = ${`signin:account:${email.trim().toLowerCase()}`} AND (blocked_until IS NULL OR blocked_until <= now())`;
}
