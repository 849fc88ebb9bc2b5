// PostgreSQL goes away under load and comes back: requests in the gap get a clear 503 (no
// hang: every request has a client timeout; no crash: the server process lives on), pages
// answer the "unavailable" page with Retry-After, the app recovers by itself within 5 s, and
// nothing acknowledged is lost. Then a backend killed mid-transaction must leave no partial
// claim behind.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase, createUsers, ensureBuild, prepareDatabase, startOwnPostgres, startServer,
  type AppServer, type OwnPostgres, type Reviewer,
} from '../../scripts/loadtest/harness';
import { discoverTarget } from '../../scripts/loadtest/discover';
import { verifyDatabase } from '../../scripts/loadtest/verify';
import { call, runWorkload, type Acked, type Sample, type Target } from '../../scripts/loadtest/workload';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CLIENT_TIMEOUT_MS = 10_000;

let cluster: OwnPostgres;
let url: string;
let server: AppServer;
let reviewers: Reviewer[];
let target: Target;
let acked: Acked;

beforeAll(async () => {
  ensureBuild(() => {}, process.env.HARDENING_REBUILD ? 'auto' : 'reuse');
  cluster = await startOwnPostgres();
  url = await createDatabase(cluster.serverUrl, 'crosscheck_faults');
  prepareDatabase(url);
  reviewers = await createUsers(url, 2, 'reviewer', 'faults');
  server = await startServer(url, { env: { DB_POOL_SIZE: '10' } });
  ({ target, acked } = await discoverTarget(server.base, reviewers));
});

afterAll(async () => {
  await server?.stop();
  await cluster?.destroy();
});

/** Claims by these users that lack what a claim create writes in the same transaction. */
async function partialClaims(): Promise<number[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT c.id FROM claims c
       WHERE c.id IN (SELECT entity_id::int FROM audit_log WHERE actor_id = ANY($1::int[]) AND entity_type = 'claim')
          OR c.text LIKE 'Load test%'
       GROUP BY c.id
       HAVING NOT EXISTS (SELECT 1 FROM attributions a WHERE a.claim_id = c.id)
           OR NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity_type = 'claim' AND l.entity_id = c.id::text)`,
      [reviewers.map((r) => r.id)],
    );
    return rows.map((r) => r.id);
  } finally {
    await c.end();
  }
}

async function firstOkAfter(startedAt: number, limitMs: number): Promise<number | null> {
  while (Date.now() - startedAt < limitMs) {
    const r = await call(server.base, 'probe', 'GET', '/api/v1/claims?limit=1', { timeoutMs: 2000 });
    if (r.status === 200) return Date.now() - startedAt;
    await sleep(100);
  }
  return null;
}

/** A page as a browser asks for it, without following redirects. */
async function page(path: string): Promise<{ status: number; retryAfter: string | null; type: string | null; body: string }> {
  const r = await fetch(`${server.base}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
  return { status: r.status, retryAfter: r.headers.get('retry-after'), type: r.headers.get('content-type'), body: await r.text() };
}

async function firstPageOkAfter(startedAt: number, limitMs: number): Promise<number | null> {
  while (Date.now() - startedAt < limitMs) {
    if ((await page('/').catch(() => ({ status: 0 }))).status === 200) return Date.now() - startedAt;
    await sleep(100);
  }
  return null;
}

describe('PostgreSQL stops in the middle of the load', () => {
  it('answers 503 in the gap, never hangs or crashes, recovers within 5 s, loses nothing', async () => {
    const samples: Sample[] = [];
    const load = runWorkload(target, {
      clients: 10, durationMs: 13_000, timeoutMs: CLIENT_TIMEOUT_MS, acked,
      mix: { reads: 0.6, writes: 0.3, ratings: 0.1 }, onSample: (s) => samples.push(s),
    });
    await sleep(3000);
    const stoppedAt = Date.now();
    await cluster.stop();
    const downAt = Date.now();
    // The proxy re-probes at most once a second: give it that second, then ask as a reader would.
    await sleep(1500);
    const outagePages = { home: await page('/'), claim: await page(`/claims/${target.claimIds[0]}`) };
    await sleep(Math.max(0, downAt + 4000 - Date.now()));
    const restartAt = Date.now();
    await cluster.start();
    const recoveredMs = await firstOkAfter(restartAt, 15_000);
    const pagesRecoveredMs = await firstPageOkAfter(restartAt, 15_000);
    const claimAfter = await page(`/claims/${target.claimIds[0]}`);
    await load;

    console.log(`outage: ${samples.filter((x) => x.start > stoppedAt && x.start < restartAt).length} requests while down, API recovered ${recoveredMs} ms and pages ${pagesRecoveredMs} ms after PostgreSQL restarted, ${acked.claims.length} claims acknowledged in all`);
    expect(recoveredMs, 'app answered again after PostgreSQL came back (ms)').not.toBeNull();
    expect(recoveredMs!).toBeLessThanOrEqual(5000);
    expect(server.child.exitCode, 'server process still running').toBeNull();
    expect(samples.filter((s) => s.outcome === 'timeout'), 'requests that hung').toEqual([]);

    // Requests sent while the database was down and answered before it came back.
    const gap = samples.filter((s) => s.start > stoppedAt + 200 && s.start + s.ms < restartAt);
    expect(gap.length, 'requests during the outage').toBeGreaterThan(5);
    const api = gap.filter((s) => s.route.includes('/api/'));
    const pages = gap.filter((s) => !s.route.includes('/api/'));
    for (const s of api) {
      expect(s.status, `${s.route} during the outage: ${s.body}`).toBe(503);
      expect(s.ms, 'answered promptly').toBeLessThan(CLIENT_TIMEOUT_MS);
      expect(JSON.parse(s.body ?? '{}').error?.code, s.route).toBe('unavailable');
    }
    // A page render already under way when PostgreSQL stopped fails with Next's error document
    // (500); once the proxy's probe has seen the outage, pages answer 503 before rendering.
    for (const s of pages) {
      expect([500, 503], `${s.route} during the outage`).toContain(s.status);
      expect(s.body ?? '', s.route).toMatch(/^<!DOCTYPE html>/i);
      expect(s.ms, 'answered promptly').toBeLessThan(CLIENT_TIMEOUT_MS);
    }
    const settled = pages.filter((s) => s.start > downAt + 1500);
    expect(settled.filter((s) => s.status !== 503).map((s) => `${s.route} ${s.status}`), 'pages a second after the outage began').toEqual([]);
    for (const [name, p] of Object.entries(outagePages)) {
      expect(p.status, `${name} page during the outage`).toBe(503);
      expect(p.retryAfter, `${name} Retry-After`).toMatch(/^\d+$/);
      expect(p.type, name).toMatch(/^text\/html/);
      expect(p.body, name).toContain('try again in a moment');
    }
    expect(pagesRecoveredMs, 'pages answered again after PostgreSQL came back (ms)').not.toBeNull();
    expect(pagesRecoveredMs!).toBeLessThanOrEqual(5000);
    expect(claimAfter.status, 'claim page after recovery').toBe(200);
    expect(samples.filter((s) => s.route.includes('/api/') && s.status >= 500 && s.status !== 503), 'API 5xx other than 503').toEqual([]);
    const recovered = restartAt + Math.max(recoveredMs ?? 0, pagesRecoveredMs ?? 0) + 500;
    expect(samples.filter((s) => s.start > recovered && s.outcome !== 'ok' && s.outcome !== 'conflict'), 'failures after recovery').toEqual([]);
    expect(samples.filter((s) => s.outcome === 'ok' && s.route.startsWith('POST')).length, 'writes acknowledged').toBeGreaterThan(0);

    const v = await verifyDatabase(url, acked, reviewers.map((r) => r.id));
    expect(v.lost, 'acknowledged writes missing').toEqual([]);
    expect(v.ratingRevisionsLost).toBe(0);
    expect(v.unauditedWrites).toBe(0);
    expect(await partialClaims()).toEqual([]);
  });
});

describe('a write interrupted mid-transaction', () => {
  it('leaves no partial rows when its backend is terminated', async () => {
    const killer = new pg.Client({ connectionString: url });
    await killer.connect();
    const dbName = new URL(url).pathname.slice(1);
    let killed = 0;
    let stop = false;
    const kill = (async () => {
      for (let i = 0; i < 400 && !stop; i++) {
        const { rowCount } = await killer.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = $1 AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')`, [dbName],
        );
        killed += rowCount ?? 0;
        await sleep(15);
      }
    })();
    const samples: Sample[] = [];
    await runWorkload(target, {
      clients: 8, durationMs: 5000, timeoutMs: CLIENT_TIMEOUT_MS, acked,
      mix: { reads: 0, writes: 1, ratings: 0.2 }, onSample: (s) => samples.push(s),
    });
    stop = true;
    await kill;
    await killer.end();

    expect(killed, 'backends terminated').toBeGreaterThan(0);
    expect(samples.filter((s) => s.outcome === 'timeout')).toEqual([]);
    // An interrupted write is refused as unavailable, not as an internal error.
    expect(samples.filter((s) => s.status >= 500 && s.status !== 503).map((s) => `${s.route} ${s.status} ${s.body}`)).toEqual([]);
    expect(await firstOkAfter(Date.now(), 5000)).not.toBeNull();
    const v = await verifyDatabase(url, acked, reviewers.map((r) => r.id));
    expect(v.lost).toEqual([]);
    expect(v.ratingRevisionsLost).toBe(0);
    // A write can commit and then lose its connection before answering: the client saw 503, the
    // claim is whole (checked below). Only claim writes ran here, so every entry is a claim.
    expect(v.unmatchedAudit.filter((a) => a.entityType !== 'claim' && a.entityType !== 'claim_relation' && a.entityType !== 'source')).toEqual([]);
    console.log(`backends terminated: ${killed}; writes refused 503: ${samples.filter((s) => s.status === 503).length}; committed but answered 503: ${v.unmatchedAudit.length}`);
    expect(await partialClaims()).toEqual([]);
  });
});
