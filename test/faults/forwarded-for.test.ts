// A client that writes its own X-Forwarded-For must not pick the address that sign-in
// throttling counts or that the audit log records. Through the real server: by default only
// the socket's peer counts; with CROSSCHECK_TRUSTED_PROXIES=1 the proxy's forwarded address does.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase, createUsers, ensureBuild, prepareDatabase, startOwnPostgres, startServer,
  type AppServer, type OwnPostgres, type Reviewer,
} from '../../scripts/loadtest/harness';

let cluster: OwnPostgres;
let url: string;
let direct: AppServer;
let behindProxy: AppServer;
let reviewer: Reviewer;

beforeAll(async () => {
  ensureBuild(() => {}, process.env.HARDENING_REBUILD ? 'auto' : 'reuse');
  cluster = await startOwnPostgres();
  url = await createDatabase(cluster.serverUrl, 'crosscheck_forwarded');
  prepareDatabase(url);
  [reviewer] = await createUsers(url, 1, 'reviewer', 'forwarded');
  [direct, behindProxy] = await Promise.all([startServer(url), startServer(url, { env: { CROSSCHECK_TRUSTED_PROXIES: '1' } })]);
});

afterAll(async () => {
  await Promise.all([direct?.stop(), behindProxy?.stop()]);
  await cluster?.destroy();
});

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

async function lastAuditIp(actorId: number): Promise<string | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT ip FROM audit_log WHERE actor_id = $1 ORDER BY id DESC LIMIT 1`, [actorId]);
    return rows[0]?.ip ?? null;
  } finally {
    await c.end();
  }
}

/** A rating edit (audited) sent with a forged X-Forwarded-For. */
async function rateWithForgedAddress(server: AppServer, sourceId: number): Promise<void> {
  const read = await (await fetch(`${server.base}/api/v1/sources/${sourceId}`)).json();
  const res = await fetch(`${server.base}/api/v1/sources/${sourceId}/rating`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${reviewer.token}`, 'content-type': 'application/json', 'x-forwarded-for': '6.6.6.6' },
    body: JSON.stringify({ reliability: 'C', rationale: 'Edited with a forged forwarding header to test the audit.', version: read.rating.version }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

describe('forwarded headers from a client', () => {
  it('a password spray with a rotating X-Forwarded-For is throttled by the real address', async () => {
    const csrf = await fetch(`${direct.base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = cookiesOf(csrf).join('; ');
    const statuses: number[] = [];
    for (let i = 0; i < 120; i++) {
      const res = await fetch(`${direct.base}/api/auth/callback/credentials`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded', cookie, origin: direct.base,
          'x-forwarded-for': `203.0.${Math.floor(i / 250)}.${(i % 250) + 1}`,
        },
        body: new URLSearchParams({ email: `spray-${i}@example.org`, password: `wrong passphrase ${i}`, csrfToken, json: 'true' }),
        redirect: 'manual',
        signal: AbortSignal.timeout(15_000),
      });
      await res.arrayBuffer();
      statuses.push(res.status);
      if (res.status === 429) break;
    }
    expect(statuses, `no 429 in ${statuses.length} attempts`).toContain(429);
  }, 300_000);

  it('an audited write with a forged X-Forwarded-For records the real peer address', async () => {
    await rateWithForgedAddress(direct, 3);
    expect(await lastAuditIp(reviewer.id)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  it('with CROSSCHECK_TRUSTED_PROXIES=1 the address the proxy forwarded is recorded', async () => {
    await rateWithForgedAddress(behindProxy, 4);
    expect(await lastAuditIp(reviewer.id)).toBe('6.6.6.6');
  });
});
