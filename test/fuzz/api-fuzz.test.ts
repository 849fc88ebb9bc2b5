// Property-based fuzzing of every /api/v1 route handler and every server action handler, found
// by scanning app/ (new routes are fuzzed without editing this file). Thousands of generated
// requests: no 5xx (a thrown action counts as one), no hang, no database change without a valid
// session, no prototype pollution, and stored hostile strings render escaped. The generators aim
// at what once gave 500s: integer boundaries in ids, control characters in every query parameter,
// dates PostgreSQL cannot store, and forged cursors. Runs on a database of its own (a copy of the
// founding example) because valid sessions here write junk and may edit or delete seed rows.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/schema-engine';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../setup/throwaway-database';
import { body as bodyArb, creds as credsArb, extraHeaders, formFields, paramValue, query as queryArb, type Body, type Creds } from './fuzz-arbitraries';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://crosscheck.test';
const TOTAL_CASES = Math.round(5200 * Number(process.env.FUZZ_SCALE ?? 1));
const CALL_TIMEOUT_MS = 10_000;

type RouteFile = { rel: string; urlPattern: string; params: string[]; methods: string[] };
type ActionFile = { rel: string };

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f.split(path.sep).join('/')}`);
}

function discoverRoutes(): RouteFile[] {
  return walk('app/api/v1').filter((f) => f.endsWith('/route.ts')).sort().map((rel) => {
    const text = readFileSync(path.join(ROOT, rel), 'utf8');
    const methods = [...text.matchAll(/export\s+(?:async\s+function|const|function)\s+(GET|POST|PUT|PATCH|DELETE)\b|as\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] ?? m[2]);
    const urlPattern = rel.replace(/^app/, '').replace(/\/route\.ts$/, '');
    const params = [...urlPattern.matchAll(/\[(\.\.\.)?(\w+)\]/g)].map((m) => m[2]);
    return { rel, urlPattern, params, methods: [...new Set(methods)] };
  });
}

function discoverActions(): ActionFile[] {
  return walk('app').filter((f) => /action-handlers\.ts$/.test(f)).sort().map((rel) => ({ rel }));
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type ActionHandle = (headers: Headers, form: FormData) => Promise<unknown>;
type Actor = { id: number; token: string; cookie: string };

let database: ThrowawayDatabase;
let sql: pg.Client;
let makeActor: (role: 'reviewer' | 'editor' | 'admin') => Promise<Actor>;
let cases = 0;
const routes = discoverRoutes();
const actionFiles = discoverActions();
const protoNames = () => [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|');
const PROTO_BEFORE = protoNames();

beforeAll(async () => {
  // DATABASE_URL names the run's shared test database; this file gets its own on the same server.
  database = await createThrowawayDatabase('fuzz');
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url, { log: () => {} });
  const { seedDatabase } = await import('@/lib/seed/seed-database');
  await seedDatabase({ log: () => {} });
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const fixtures = await import('../helpers/auth-fixtures');
  makeActor = (role) => fixtures.createActor(role);
}, 120_000);

afterAll(async () => {
  await sql?.end();
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await database?.drop();
});

/** Everything a request without a valid session could change, in one row. */
async function checksum(): Promise<string> {
  // Every row of every table but the sign-in throttle (not reachable from these handlers).
  const { rows: tables } = await sql.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('rate_limit_buckets', '_prisma_migrations') ORDER BY 1`,
  );
  const parts = tables.map(({ tablename }) => `(SELECT '${tablename}:' || count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM "${tablename}" t)`);
  const { rows } = await sql.query(`SELECT concat_ws('|', ${parts.join(', ')}) AS sum`);
  return rows[0].sum;
}

function headersFor(c: Creds | 'valid-token' | 'valid-cookie', actor: Actor | null, extra: [string, string][]): Headers {
  const h = new Headers({ host: new URL(ORIGIN).host });
  for (const [k, v] of extra) h.set(k, v);
  if (c === 'garbage-bearer') h.set('authorization', 'Bearer not-a-token');
  if (c === 'unknown-token') h.set('authorization', `Bearer cc_${'A'.repeat(43)}`);
  if (c === 'garbage-cookie') h.set('cookie', 'next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.garbage.x.y.z');
  if (c === 'valid-token') h.set('authorization', `Bearer ${actor!.token}`);
  if (c === 'valid-cookie') {
    h.set('cookie', actor!.cookie);
    h.set('origin', ORIGIN);
  }
  return h;
}

function requestOf(method: string, url: string, headers: Headers, b: Body): Request {
  if (method === 'GET' || method === 'HEAD' || b.kind === 'none') return new Request(url, { method, headers });
  if (b.kind === 'bytes') return new Request(url, { method, headers, body: Buffer.from(b.bytes) });
  if (!headers.has('content-type')) headers.set('content-type', b.contentType);
  return new Request(url, { method, headers, body: b.text });
}

async function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} took over ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([p, hang]);
  } finally {
    clearTimeout(timer);
  }
}

function expectNoPollution() {
  expect(protoNames(), 'Object/Array/Function prototypes unchanged').toBe(PROTO_BEFORE);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').toBeUndefined();
}

const handlerCount = routes.reduce((n, r) => n + r.methods.length, 0);
const actionCount = () => Math.max(actionFiles.length * 3, 1);
const runsPerTarget = () => Math.ceil(TOTAL_CASES / (handlerCount + actionCount()));

describe('fuzzing /api/v1 route handlers', () => {
  it('discovers the routes', () => {
    expect(handlerCount).toBeGreaterThan(10);
  });

  describe.each(routes.flatMap((r) => r.methods.map((m) => ({ key: `${m} ${r.urlPattern}`, route: r, method: m }))))('$key', ({ route, method }) => {
    it('never answers 5xx or hangs; without a valid session changes nothing', async () => {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, route.rel))) as Record<string, Handler>;
      const handler = mod[method];
      const isWrite = method !== 'GET';
      const anonRuns = Math.ceil(runsPerTarget() * (isWrite ? 0.55 : 0.7));
      const validRuns = runsPerTarget() - anonRuns;
      const params = fc.record(Object.fromEntries(route.params.map((p) => [p, paramValue])) as Record<string, fc.Arbitrary<string>>);

      const call = async (c: Creds | 'valid-token', actor: Actor | null, p: Record<string, string>, q: string, b: Body, extra: [string, string][]) => {
        const pathPart = route.urlPattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name) => encodeURIComponent((p[name] || 'x').toWellFormed()));
        // The handler gets the raw value (lone surrogates too); only the URL needs it well-formed.
        const url = `${ORIGIN}${pathPart}${q ? `?${q}` : ''}`;
        cases++;
        const res = await withTimeout(handler(requestOf(method, url, headersFor(c, actor, extra), b), { params: Promise.resolve(p) }), `${method} ${url.slice(0, 200)}`);
        const text = await res.text();
        expect(res.status, `${method} ${url.slice(0, 300)} as ${c}: ${text.slice(0, 300)}`).toBeLessThan(500);
        expectNoPollution();
        return res.status;
      };

      const before = await checksum();
      await fc.assert(
        fc.asyncProperty(credsArb, params, queryArb, bodyArb, extraHeaders, async (c, p, q, b, extra) => {
          const status = await call(c, null, p, q, b, extra);
          if (isWrite) expect([400, 401, 403, 404, 405, 409, 413, 415, 429], `${method} ${route.urlPattern} as ${c}`).toContain(status);
        }),
        { numRuns: anonRuns, endOnFailure: true },
      );
      if (isWrite) expect(await checksum(), 'database unchanged by requests without a valid session').toBe(before);

      // A fresh admin per route: fuzzed writes may revoke its token or demote it, which is fine.
      const admin = await makeActor('admin');
      await fc.assert(
        fc.asyncProperty(params, queryArb, bodyArb, extraHeaders, async (p, q, b, extra) => {
          await call('valid-token', admin, p, q, b, extra.filter(([k]) => k !== 'origin'));
        }),
        { numRuns: validRuns, endOnFailure: true },
      );
    });
  });
});

describe('fuzzing server action handlers', () => {
  it.each(actionFiles.map((a) => ({ key: a.rel, file: a })))('$key: no throw; without a valid session changes nothing', async ({ file }) => {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file.rel))) as Record<string, unknown>;
    const handles: [string, ActionHandle][] = [];
    for (const [name, v] of Object.entries(mod)) {
      if (typeof v === 'function' && v.length === 2) handles.push([name, v as ActionHandle]);
      else if (v && typeof (v as { handle?: unknown }).handle === 'function') handles.push([name, (h, f) => (v as { handle: ActionHandle }).handle(h, f)]);
    }
    expect(handles.length, `${file.rel} exports action handlers`).toBeGreaterThan(0);
    const runs = Math.ceil((runsPerTarget() * 3) / handles.length);
    for (const [name, handle] of handles) {
      const call = async (c: Creds | 'valid-cookie', actor: Actor | null, fields: [string, string][], extra: [string, string][]) => {
        const form = new FormData();
        for (const [k, v] of fields) form.append(k, v);
        cases++;
        // A throw from a handler is what a browser sees as a 500 page.
        const state = (await withTimeout(handle(headersFor(c, actor, extra), form), `${file.rel}#${name}`)) as { ok?: boolean; status?: number } | null;
        expect(state?.status ?? 200, `${file.rel}#${name} ${JSON.stringify(fields).slice(0, 300)}`).toBeLessThan(500);
        expectNoPollution();
        return state;
      };
      const before = await checksum();
      await fc.assert(
        fc.asyncProperty(credsArb, formFields, extraHeaders, async (c, fields, extra) => {
          const state = await call(c, null, fields, extra);
          // set-password's credential is the link token in the form, never a session.
          expect(state?.ok ?? false, `${name} without a session`).toBe(false);
        }),
        { numRuns: Math.ceil(runs * 0.5), endOnFailure: true },
      );
      expect(await checksum(), `${file.rel}#${name}: nothing changed without a valid session`).toBe(before);
      const admin = await makeActor('admin');
      await fc.assert(
        fc.asyncProperty(formFields, async (fields) => {
          await call('valid-cookie', admin, fields, []);
        }),
        { numRuns: Math.ceil(runs * 0.5), endOnFailure: true },
      );
    }
  });
});

describe('stored hostile strings', () => {
  it('render escaped in the claim list component', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { ClaimSummary } = await import('@/app/_components/claim-summary');
    const { createClaim } = await import('@/lib/claims/create-claim.server');
    const { listClaims } = await import('@/lib/claims/claim-queries.server');
    const { loadViewer } = await import('@/lib/auth/load-viewer.server');
    const actor = await makeActor('reviewer');
    const viewer = await loadViewer(actor.id);
    const { rows } = await sql.query('SELECT id FROM sources ORDER BY id LIMIT 1');
    const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', "<a href='javascript:alert(1)'>x</a>"];
    for (const p of payloads) {
      await createClaim(viewer, { text: `Fuzz stored ${p}`, attributions: [{ sourceId: rows[0].id, role: 'asserts', venue: p }] } as never);
    }
    const { items } = await listClaims(viewer, { q: 'Fuzz stored', limit: 50 } as never);
    const stored = items.filter((c: { text: string }) => c.text.startsWith('Fuzz stored'));
    expect(stored.length).toBeGreaterThanOrEqual(payloads.length);
    for (const claim of stored) {
      const html = renderToStaticMarkup(createElement(ClaimSummary, { claim }));
      // Markup from the payloads may appear only as text: no such element, no handler attribute.
      expect(html).not.toMatch(/<(script|img|svg|a\s+href=['"]?javascript)/i);
      expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    }
  });

  it('arbitrary stored claim snapshots never break the history API or the history list', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { ClaimHistoryList } = await import('@/app/claims/[id]/_components/claim-history-list');
    const { getClaimHistory } = await import('@/lib/claims/claim-history.server');
    const { loadViewer } = await import('@/lib/auth/load-viewer.server');
    const { GET: historyRoute } = await import('@/app/api/v1/claims/[id]/history/route');
    const editor = await makeActor('editor');
    const viewer = await loadViewer(editor.id);
    // Near-valid snapshots (each field either plausible or anything) find the reader's edges; any JSON finds the rest.
    const anything = fc.jsonValue({ maxDepth: 4 });
    const attribution = fc.record({
      id: fc.oneof(fc.integer(), anything), role: fc.oneof(fc.constantFrom('asserts', 'relays', 'denies'), anything),
      sourceName: fc.oneof(fc.string(), anything), quoteExact: fc.oneof(fc.constant(null), fc.string(), anything),
      venue: fc.oneof(fc.constant(null), anything), statedAt: fc.oneof(fc.constant(null), fc.string()), relaysId: fc.oneof(fc.constant(null), fc.integer(), anything),
    }, { requiredKeys: [] });
    const stateLike = fc.record({
      text: fc.oneof(fc.string(), anything), language: fc.oneof(fc.constant('en'), anything), originalText: fc.oneof(fc.constant(null), anything),
      originalLanguage: fc.constant(null), occurredAt: fc.oneof(fc.constant(null), fc.string()), occurredPrecision: fc.constant(null),
      placeName: fc.oneof(fc.constant(null), fc.string()), latitude: fc.oneof(fc.constant(null), fc.double()), longitude: fc.constant(null),
      placePrecision: fc.constant(null), eventTitle: fc.oneof(fc.constant(null), anything), credibility: fc.oneof(fc.integer({ min: 0, max: 7 }), anything),
      credibilityReason: fc.constant(null), deletedAt: fc.constant(null), parties: fc.oneof(fc.array(anything, { maxLength: 3 }), anything),
      figures: fc.oneof(fc.array(anything, { maxLength: 3 }), anything), attributions: fc.oneof(fc.array(attribution, { maxLength: 4 }), anything),
    }, { requiredKeys: [] });
    const mergeLike = fc.record({ claim: fc.oneof(stateLike, anything), merged: fc.oneof(stateLike, anything) }, { requiredKeys: [] });
    const revision = fc.record({
      action: fc.constantFrom('create', 'edit', 'credibility', 'delete', 'restore', 'attribution.add', 'attribution.edit', 'attribution.remove', 'quote.reanchor', 'merge', 'recorded', 'x'),
      snapshot: fc.oneof(stateLike, mergeLike, anything),
    });
    let version = 1;
    await fc.assert(
      fc.asyncProperty(fc.array(revision, { minLength: 1, maxLength: 3 }), async (revisions) => {
        // A claim per case, so the history read stays a few rows however many cases run.
        const { rows: [claim] } = await sql.query(`INSERT INTO claims (text, updated_at) VALUES ('Fuzzed history', now()) RETURNING id`);
        for (const r of revisions) {
          await sql.query('INSERT INTO claim_revisions (claim_id, version, action, snapshot) VALUES ($1, $2, $3, $4::jsonb)', [
            claim.id, version++, r.action, JSON.stringify(r.snapshot),
          ]);
        }
        cases++;
        for (const c of ['valid-token', 'anonymous'] as const) {
          const req = new Request(`${ORIGIN}/api/v1/claims/${claim.id}/history`, { headers: headersFor(c === 'anonymous' ? 'none' : c, editor, []) });
          const res = await historyRoute(req, { params: Promise.resolve({ id: String(claim.id) }) });
          expect(res.status, (await res.clone().text()).slice(0, 300)).toBe(200);
        }
        const html = renderToStaticMarkup(createElement(ClaimHistoryList, { entries: await getClaimHistory(viewer, claim.id) }));
        expect(html).toContain('history-list');
      }),
      { numRuns: Math.max(20, Math.round(150 * Number(process.env.FUZZ_SCALE ?? 1))), endOnFailure: true },
    );
  }, 180_000);

  it(`ran at least 5,000 generated cases (scale ${process.env.FUZZ_SCALE ?? 1})`, () => {
    if (!process.env.FUZZ_SCALE || Number(process.env.FUZZ_SCALE) >= 1) expect(cases).toBeGreaterThanOrEqual(5000);
    console.log(`fuzz: ${cases} cases over ${handlerCount} route handlers and ${actionFiles.length} action files`);
  });
});
