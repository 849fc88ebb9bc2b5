// Two app servers (scripts/serve.ts) on different ports against one PostgreSQL, as behind a load
// balancer: a session made on one works on the other (same NEXTAUTH_SECRET, state in the
// database), failed sign-ins count across both, and optimistic locking holds across them.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../lib/auth/password';
import { FREE_ACCOUNT_FAILURES } from '../../lib/auth/rate-limit.server';
import {
  createDatabase, createUsers, ensureBuild, prepareDatabase, startOwnPostgres, startServer,
  type AppServer, type OwnPostgres, type Reviewer,
} from '../../scripts/loadtest/harness';

let cluster: OwnPostgres;
let url: string;
let a: AppServer;
let b: AppServer;
let reviewer: Reviewer;

beforeAll(async () => {
  ensureBuild(() => {}, process.env.HARDENING_REBUILD ? 'auto' : 'reuse');
  cluster = await startOwnPostgres();
  url = await createDatabase(cluster.serverUrl, 'crosscheck_multi');
  prepareDatabase(url);
  [reviewer] = await createUsers(url, 1, 'reviewer', 'multi');
  [a, b] = await Promise.all([startServer(url), startServer(url)]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await cluster?.destroy();
});

async function userWithPassword(password: string): Promise<string> {
  const email = `multi-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@crosscheck.test`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`INSERT INTO users (email, name, role, status, password_hash, updated_at) VALUES ($1, 'Multi reviewer', 'reviewer', 'active', $2, now())`, [email, await hashPassword(password)]);
  await c.end();
  return email;
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

/** next-auth's credentials sign-in as a browser does it; returns the error code (or null) and cookies. */
async function signIn(server: AppServer, email: string, password: string): Promise<{ error: string | null; cookies: string[] }> {
  const csrf = await fetch(`${server.base}/api/auth/csrf`, { signal: AbortSignal.timeout(10_000) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${server.base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), origin: server.base },
    body: new URLSearchParams({ email, password, csrfToken, json: 'true', callbackUrl: '/' }),
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  // A throttled sign-in is refused before next-auth runs: 429 with the API's error body.
  if (res.status === 429) return { error: 'RateLimited', cookies: jar };
  const location = res.headers.get('location') ?? ((await res.json().catch(() => ({}))) as { url?: string }).url ?? '';
  return { error: new URL(location, server.base).searchParams.get('error'), cookies: [...jar, ...cookiesOf(res)] };
}

describe('two instances behind one database', () => {
  it('a session cookie from instance A is a session on instance B, for reads and writes', async () => {
    const password = 'multi instance passphrase';
    const email = await userWithPassword(password);
    const { error, cookies } = await signIn(a, email, password);
    expect(error).toBeNull();
    const session = cookies.find((c) => c.startsWith('next-auth.session-token='));
    expect(session, 'session cookie from A').toBeDefined();

    const onB = await fetch(`${b.base}/api/auth/session`, { headers: { cookie: session! } });
    expect(((await onB.json()) as { user?: { email?: string } }).user?.email).toBe(email);

    const source = await (await fetch(`${b.base}/api/v1/sources/1`)).json();
    const put = await fetch(`${b.base}/api/v1/sources/1/rating`, {
      method: 'PUT',
      headers: { cookie: session!, origin: b.base, 'content-type': 'application/json' },
      body: JSON.stringify({ reliability: 'C', rationale: 'Signed in on A, editing on B to prove it.', version: source.rating.version }),
    });
    expect(put.status, await put.clone().text()).toBe(200);
  });

  it('failed sign-ins on A and on B count against one account', async () => {
    const email = await userWithPassword('the right passphrase here');
    // Alternating instances: each alone sees half the failures, so only shared state can slow
    // the account down after FREE_ACCOUNT_FAILURES of them. The delays grow (1 s, 2 s, …), so
    // the first refusal comes within two attempts of the free ones.
    const errors: (string | null)[] = [];
    for (let i = 0; i < FREE_ACCOUNT_FAILURES + 2; i++) {
      const r = await signIn(i % 2 === 0 ? a : b, email, `wrong passphrase ${i}`);
      errors.push(r.error);
      if (r.error === 'RateLimited') break;
    }
    expect(errors.slice(0, FREE_ACCOUNT_FAILURES)).toEqual(Array(FREE_ACCOUNT_FAILURES).fill('CredentialsSignin'));
    expect(errors.at(-1)).toBe('RateLimited');
  });

  it('a rating edit on A makes the same stale edit on B a 409', async () => {
    const headers = { authorization: `Bearer ${reviewer.token}`, 'content-type': 'application/json' };
    const read = await (await fetch(`${a.base}/api/v1/sources/2`)).json();
    const version = read.rating.version;
    const first = await fetch(`${a.base}/api/v1/sources/2/rating`, {
      method: 'PUT', headers, body: JSON.stringify({ reliability: 'B', rationale: 'First edit, on instance A of two.', version }),
    });
    expect(first.status).toBe(200);
    const stale = await fetch(`${b.base}/api/v1/sources/2/rating`, {
      method: 'PUT', headers, body: JSON.stringify({ reliability: 'E', rationale: 'Stale edit, on instance B of two.', version }),
    });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.current.version).toBe(version + 1);
    expect(body.current.reliability).toBe('B');
  });
});
