// The mixed workload: reads (search, claim, event, compare pages), claim and relation writes,
// and rating edits quoting the version read. Every 2xx write is remembered for the database
// check afterwards; 409s on ratings and relation pairs are expected and counted apart.
import type { Reviewer } from './harness';
import { RELIABILITY_GRADES as GRADES } from '../../lib/ratings/admiralty';

export type Sample = { route: string; start: number; ms: number; status: number; outcome: Outcome; body?: string };
export type Outcome = 'ok' | 'conflict' | 'unavailable' | 'error' | 'timeout';

export type Acked = {
  claims: { id: number; text: string }[];
  relations: { id: number }[];
  sourcesCreated: { id: number; name: string }[];
  sourceEdits: { id: number }[];
  ratings: { sourceId: number; version: number }[];
};

export type Target = {
  base: string;
  reviewers: Reviewer[];
  claimIds: number[];
  eventIds: number[];
  sourceIds: number[];
  ratingSourceIds: number[];
  alignmentSlug: string;
  searchWords: string[];
  features: { claimWrites: boolean; relationWrites: boolean; comparePage: boolean };
};

export type Mix = { reads: number; writes: number; ratings: number };
export const DEFAULT_MIX: Mix = { reads: 0.8, writes: 0.15, ratings: 0.05 };

const pick = <T>(a: T[]): T => a[Math.floor(Math.random() * a.length)];
let seq = 0;
const tag = () => `${process.pid.toString(36)}-${(++seq).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export function newAcked(): Acked {
  return { claims: [], relations: [], sourcesCreated: [], sourceEdits: [], ratings: [] };
}

/** One HTTP call with a client-side timeout: a hang becomes a 'timeout' sample, never a stuck client. */
export async function call(
  base: string, route: string, method: string, path: string,
  opts: { token?: string; body?: unknown; timeoutMs?: number; conflictOk?: boolean } = {},
): Promise<Sample & { json?: any }> {
  const start = Date.now();
  try {
    const res = await fetch(base + path, {
      method,
      headers: {
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        accept: path.startsWith('/api/') ? 'application/json' : 'text/html',
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      redirect: 'manual',
    });
    const text = await res.text();
    const ms = Date.now() - start;
    let json: any;
    if ((res.headers.get('content-type') ?? '').includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const s = res.status;
    const outcome: Outcome =
      s >= 200 && s < 400 ? 'ok' : s === 409 && opts.conflictOk ? 'conflict' : s === 503 ? 'unavailable' : 'error';
    return { route, start, ms, status: s, outcome, json, body: outcome === 'ok' ? undefined : text.slice(0, 300) };
  } catch (e) {
    const ms = Date.now() - start;
    const timeout = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError';
    return { route, start, ms, status: 0, outcome: timeout ? 'timeout' : 'error', body: String((e as Error).message) };
  }
}

function claimBody(t: Target, text: string) {
  return {
    text,
    language: 'en',
    eventId: pick(t.eventIds),
    attributions: [
      { sourceId: pick(t.sourceIds), role: 'asserts', venue: 'Load test venue' },
      { sourceId: pick(t.sourceIds), role: 'relays', relaysIndex: 0 },
    ],
  };
}

type Op = (t: Target, acked: Acked, timeoutMs: number) => Promise<Sample>;

const reads: Record<string, Op> = {
  'GET /api/v1/claims?q=': (t, _a, ms) => call(t.base, 'GET /api/v1/claims?q=', 'GET', `/api/v1/claims?q=${encodeURIComponent(pick(t.searchWords))}`, { timeoutMs: ms }),
  'GET /claims/:id': (t, _a, ms) => call(t.base, 'GET /claims/:id', 'GET', `/claims/${pick(t.claimIds)}`, { timeoutMs: ms }),
  'GET /events/:id': (t, _a, ms) => call(t.base, 'GET /events/:id', 'GET', `/events/${pick(t.eventIds)}`, { timeoutMs: ms }),
};
const comparePage: Op = (t, _a, ms) => {
  const a = pick(t.claimIds);
  const b = pick(t.claimIds.filter((id) => id !== a));
  return call(t.base, 'GET /compare?ids=', 'GET', `/compare?ids=${a},${b}`, { timeoutMs: ms });
};

const createClaim: Op = async (t, acked, ms) => {
  const text = `Load test claim ${tag()}: at least 3 vehicles were reported near the crossing.`;
  const r = await call(t.base, 'POST /api/v1/claims', 'POST', '/api/v1/claims', { token: pick(t.reviewers).token, body: claimBody(t, text), timeoutMs: ms });
  if (r.outcome === 'ok' && typeof r.json?.id === 'number') acked.claims.push({ id: r.json.id, text });
  return r;
};

const createRelation: Op = async (t, acked, ms) => {
  const pool = [...t.claimIds, ...acked.claims.slice(-200).map((c) => c.id)];
  const a = pick(pool);
  let b = pick(pool);
  while (b === a) b = pick(pool);
  const body = Math.random() < 0.5 ? { targetClaimId: b, type: 'supports', note: `load ${tag()}` } : { targetClaimId: b, type: 'contradicts', disputes: ['figures'], note: `load ${tag()}` };
  // A pair is stored once: linking a pair that is already linked is a 409 by design.
  const r = await call(t.base, 'POST /api/v1/claims/:id/relations', 'POST', `/api/v1/claims/${a}/relations`, { token: pick(t.reviewers).token, body, timeoutMs: ms, conflictOk: true });
  if (r.outcome === 'ok' && typeof r.json?.id === 'number') acked.relations.push({ id: r.json.id });
  return r;
};

const createSource: Op = async (t, acked, ms) => {
  const name = `Load source ${tag()}`;
  const r = await call(t.base, 'POST /api/v1/sources', 'POST', '/api/v1/sources', { token: pick(t.reviewers).token, body: { name, kind: 'outlet', alignmentSlug: t.alignmentSlug }, timeoutMs: ms });
  if (r.outcome === 'ok' && typeof r.json?.id === 'number') acked.sourcesCreated.push({ id: r.json.id, name });
  return r;
};

const editSource: Op = async (t, acked, ms) => {
  const id = pick(acked.sourcesCreated.length ? acked.sourcesCreated : [{ id: pick(t.sourceIds), name: '' }]).id;
  const read = await call(t.base, 'GET /api/v1/sources/:id', 'GET', `/api/v1/sources/${id}`, { timeoutMs: ms });
  if (read.outcome !== 'ok') return read;
  const r = await call(t.base, 'PATCH /api/v1/sources/:id', 'PATCH', `/api/v1/sources/${id}`, {
    token: pick(t.reviewers).token, body: { description: `Edited ${tag()}`, version: read.json.version }, timeoutMs: ms, conflictOk: true,
  });
  if (r.outcome === 'ok') acked.sourceEdits.push({ id });
  return r;
};

const rateSource: Op = async (t, acked, ms) => {
  const id = pick(t.ratingSourceIds);
  const read = await call(t.base, 'GET /api/v1/sources/:id', 'GET', `/api/v1/sources/${id}`, { timeoutMs: ms });
  if (read.outcome !== 'ok') return read;
  const body = { reliability: pick([...GRADES]), rationale: `Load test regrade ${tag()} after comparing recent reports.`, version: read.json.rating.version };
  // Another client may have regraded since the read: 409 is the optimistic lock working.
  const r = await call(t.base, 'PUT /api/v1/sources/:id/rating', 'PUT', `/api/v1/sources/${id}/rating`, { token: pick(t.reviewers).token, body, timeoutMs: ms, conflictOk: true });
  if (r.outcome === 'ok' && typeof r.json?.version === 'number') acked.ratings.push({ sourceId: id, version: r.json.version });
  return r;
};

/** Picks one operation by weight. Extra samples (a write's preceding read) go through `record`. */
function chooser(t: Target, mix: Mix): () => Op {
  const readOps = [...Object.values(reads), ...(t.features.comparePage ? [comparePage] : [])];
  const writeOps = t.features.claimWrites || t.features.relationWrites
    ? [...(t.features.claimWrites ? [createClaim] : []), ...(t.features.relationWrites ? [createRelation] : [])]
    : [createSource, editSource];
  return () => {
    const r = Math.random() * (mix.reads + mix.writes + mix.ratings);
    if (r < mix.reads) return pick(readOps);
    if (r < mix.reads + mix.writes) return pick(writeOps);
    return rateSource;
  };
}

/** `clients` loops until the deadline (or `stop()`); returns every sample. Bounded by time. */
export async function runWorkload(
  t: Target,
  opts: { clients: number; durationMs: number; timeoutMs?: number; mix?: Mix; acked?: Acked; onSample?: (s: Sample) => void; shouldStop?: () => boolean },
): Promise<{ samples: Sample[]; acked: Acked; wallMs: number }> {
  const acked = opts.acked ?? newAcked();
  const samples: Sample[] = [];
  const next = chooser(t, opts.mix ?? DEFAULT_MIX);
  const started = Date.now();
  const deadline = started + opts.durationMs;
  const client = async () => {
    while (Date.now() < deadline && !opts.shouldStop?.()) {
      const s = await next()(t, acked, opts.timeoutMs ?? 15_000);
      samples.push(s);
      opts.onSample?.(s);
      // A failed request (database down) must not become a tight loop.
      if (s.outcome === 'unavailable' || s.outcome === 'error') await new Promise((r) => setTimeout(r, 50));
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  return { samples, acked, wallMs: Date.now() - started };
}
