// What the running app offers: seeded ids to read, words to search, and which write routes
// exist (probed once with a real write, which is then tracked like any other).
import type { Reviewer } from './harness';
import { call, newAcked, type Acked, type Target } from './workload';

async function items(base: string, path: string): Promise<any[]> {
  const r = await call(base, 'probe', 'GET', path, { timeoutMs: 20_000 });
  if (r.outcome !== 'ok') throw new Error(`GET ${path}: HTTP ${r.status} ${r.body ?? ''}`);
  return Array.isArray(r.json) ? r.json : (r.json?.items ?? []);
}

// A route that does not exist answers 404/405 without the API's JSON error body.
const missing = (r: { status: number; json?: any }) => r.status === 405 || (r.status === 404 && !r.json?.error);

export async function discoverTarget(base: string, reviewers: Reviewer[]): Promise<{ target: Target; acked: Acked }> {
  const claims = await items(base, '/api/v1/claims?limit=50');
  const events = await items(base, '/api/v1/events?limit=50');
  const sources = await items(base, '/api/v1/sources?limit=50');
  const alignments = await items(base, '/api/v1/alignments');
  if (claims.length < 2 || !events.length || !sources.length) throw new Error('The database holds no founding example.');
  const words = new Map<string, number>();
  for (const c of claims) {
    for (const w of String(c.text).toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
  }
  const searchWords = [...words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([w]) => w);
  const target: Target = {
    base,
    reviewers,
    claimIds: claims.map((c) => c.id),
    eventIds: events.map((e) => e.id),
    sourceIds: sources.map((s) => s.id),
    ratingSourceIds: sources.slice(0, 3).map((s) => s.id),
    alignmentSlug: alignments.find((a) => a.slug === 'independent')?.slug ?? alignments[0].slug,
    searchWords: searchWords.length ? searchWords : ['army'],
    features: { claimWrites: false, relationWrites: false, comparePage: false },
  };
  const acked = newAcked();
  const token = reviewers[0].token;
  const text = `Load test probe claim ${Date.now()}: two convoys were seen moving north.`;
  const probe = await call(base, 'probe', 'POST', '/api/v1/claims', {
    token, timeoutMs: 20_000,
    body: { text, eventId: target.eventIds[0], attributions: [{ sourceId: target.sourceIds[0], role: 'asserts' }] },
  });
  if (probe.status === 201 && typeof probe.json?.id === 'number') {
    target.features.claimWrites = true;
    acked.claims.push({ id: probe.json.id, text });
  } else if (!missing(probe)) {
    throw new Error(`POST /api/v1/claims probe: HTTP ${probe.status} ${probe.body ?? ''}`);
  }
  const rel = await call(base, 'probe', 'POST', `/api/v1/claims/${target.claimIds[0]}/relations`, {
    token, timeoutMs: 20_000, body: { targetClaimId: acked.claims[0]?.id ?? target.claimIds[1], type: 'supports' },
  });
  if (rel.status === 201 && typeof rel.json?.id === 'number') acked.relations.push({ id: rel.json.id });
  target.features.relationWrites = !missing(rel);
  const cmp = await call(base, 'probe', 'GET', `/compare?ids=${target.claimIds[0]},${target.claimIds[1]}`, { timeoutMs: 20_000 });
  target.features.comparePage = cmp.status === 200;
  return { target, acked };
}
