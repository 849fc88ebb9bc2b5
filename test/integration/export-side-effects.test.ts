// GET /api/v1/exchange/export only reads: a cross-site link can make a signed-in editor's browser
// fetch it (Lax cookies go with top-level GETs), so it must change nothing. External ids are
// given when a row is made, by the database, so the export has nothing to assign.
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import * as exportRoute from '@/app/api/v1/exchange/export/route';
import * as claimsRoute from '@/app/api/v1/claims/route';
import * as sourcesRoute from '@/app/api/v1/sources/route';
import { apiRequest, createActor, createTestAlignment, createTestSource, uniq, type TestActor } from '../helpers/auth-fixtures';

const EXTERNAL_ID = (kind: string) => new RegExp(`^cc:${kind}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`);

let editor: TestActor;
let reviewer: TestActor;
let ownClaims: number[];
let ownSource: number;

// Other test files write to the same database in parallel, so the checksum covers the rows this
// file made (every table the old export wrote to) and the audit entries this editor caused.
async function checksum(): Promise<string> {
  const [row] = await db.$queryRaw<{ sum: string }[]>`
    SELECT md5(concat_ws('|',
      (SELECT string_agg(s::text, ',' ORDER BY s.id) FROM sources s WHERE s.id = ${ownSource}),
      (SELECT string_agg(c.id || ':' || c.external_id || ':' || c.version || ':' || c.updated_at, ',' ORDER BY c.id) FROM claims c WHERE c.id = ANY(${ownClaims}::int[])),
      (SELECT string_agg(a::text, ',' ORDER BY a.id) FROM attributions a WHERE a.claim_id = ANY(${ownClaims}::int[])),
      (SELECT string_agg(r::text, ',' ORDER BY r.id) FROM claim_relations r WHERE r.claim_a_id = ANY(${ownClaims}::int[])),
      (SELECT string_agg(v::text, ',' ORDER BY v.id) FROM claim_revisions v WHERE v.claim_id = ANY(${ownClaims}::int[]))
    )) AS sum`;
  return row.sum;
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|ALTER|CREATE|DROP)\b/i;

/**
 * Every statement the app's pool runs while `run` does, on plain queries and on connections
 * checked out for transactions alike. Files run in their own processes, so the pool is this
 * file's alone and nothing else's statements are caught.
 */
async function statementsDuring<T>(run: () => Promise<T>): Promise<string[]> {
  const pool = (globalThis as unknown as { crosscheckPool: pg.Pool }).crosscheckPool;
  const seen: string[] = [];
  const textOf = (arg: unknown) => (typeof arg === 'string' ? arg : String((arg as { text?: unknown })?.text ?? ''));
  const query = pool.query;
  const connect = pool.connect;
  const p = pool as unknown as Record<string, (...args: unknown[]) => unknown>;
  p.query = (...args: unknown[]) => (seen.push(textOf(args[0])), (query as (...a: unknown[]) => unknown).apply(pool, args));
  const instrument = (client: pg.PoolClient | undefined) => {
    if (!client) return client;
    const own = client.query;
    (client as unknown as Record<string, unknown>).query = (...a: unknown[]) => {
      seen.push(textOf(a[0]));
      return (own as (...x: unknown[]) => unknown).apply(client, a);
    };
    const release = client.release;
    client.release = (...r: Parameters<typeof release>) => {
      (client as unknown as Record<string, unknown>).query = own;
      client.release = release;
      return release.apply(client, r);
    };
    return client;
  };
  p.connect = (...args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      return (connect as (...a: unknown[]) => unknown).apply(pool, [
        ...args.slice(0, -1),
        (err: unknown, client: pg.PoolClient | undefined, done: unknown) => callback(err, instrument(client), done),
      ]);
    }
    return ((connect as (...a: unknown[]) => Promise<pg.PoolClient>).apply(pool, args)).then(instrument);
  };
  try {
    await run();
  } finally {
    p.query = query as never;
    p.connect = connect as never;
  }
  return seen;
}

beforeAll(async () => {
  [editor, reviewer] = await Promise.all([createActor('editor'), createActor('reviewer')]);
  const source = await createTestSource();
  ownSource = source.id;
  ownClaims = [];
  for (let i = 0; i < 2; i++) {
    const response = await claimsRoute.POST(apiRequest({ kind: 'token', actor: reviewer }, 'POST', '/api/v1/claims', {
      text: uniq('Export side effects claim'), attributions: [{ sourceId: source.id, role: 'asserts' }],
    }));
    expect(response.status).toBe(201);
    ownClaims.push((await response.json()).id);
  }
  ownClaims.sort((a, b) => a - b);
  await db.claimRelation.create({ data: { claimAId: ownClaims[0], claimBId: ownClaims[1], type: 'contradicts' } });
});

describe('GET /api/v1/exchange/export', () => {
  it.each(['jsonl', 'csv'])('changes no row and writes no audit entry (%s)', async (format) => {
    const before = await checksum();
    const audits = await db.auditEntry.count({ where: { actorId: editor.id } });
    let file = '';
    const statements = await statementsDuring(async () => {
      // A cookie, as a cross-site link would send it (a token's use is stamped on the token).
      const response = await exportRoute.GET(apiRequest({ kind: 'cookie', actor: editor }, 'GET', `/api/v1/exchange/export?format=${format}`));
      expect(response.status).toBe(200);
      file = await response.text();
    });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((s) => WRITE.test(s))).toEqual([]);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: ownClaims[0] }, select: { externalId: true } });
    expect(file).toContain(claim.externalId);
    expect(await checksum()).toBe(before);
    expect(await db.auditEntry.count({ where: { actorId: editor.id } })).toBe(audits);
  }, 60_000);
});

describe('external ids are given at creation', () => {
  it('a claim, its attribution and a source made through the API already have one', async () => {
    const claim = await db.claim.findUniqueOrThrow({ where: { id: ownClaims[0] }, select: { externalId: true, attributions: { select: { externalId: true } } } });
    expect(claim.externalId).toMatch(EXTERNAL_ID('claim'));
    expect(claim.attributions[0].externalId).toMatch(EXTERNAL_ID('attribution'));

    const { slug } = await createTestAlignment();
    const response = await sourcesRoute.POST(apiRequest({ kind: 'token', actor: reviewer }, 'POST', '/api/v1/sources', { name: uniq('Fresh source'), kind: 'outlet', alignmentSlug: slug }));
    expect(response.status).toBe(201);
    const made = await db.source.findUniqueOrThrow({ where: { id: (await response.json()).id }, select: { externalId: true } });
    expect(made.externalId).toMatch(EXTERNAL_ID('source'));
  });
});
