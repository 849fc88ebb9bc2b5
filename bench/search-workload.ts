// Search latency: every query through the HTTP API and, built by the same code
// (lib/search/search-sql.server.ts), as raw SQL through pg, interleaved round by round.
import type pg from 'pg';
import { ClaimListQuerySchema } from '../lib/claims/claim-schemas';
import { isFuzzyCandidate, searchTerms, toPrefixTsQuery } from '../lib/search/search-query';
import { chooseAccess, estimateFrequency, type SearchStats } from '../lib/search/search-plan';
import { loadSearchStats, type StatsRow } from '../lib/search/search-stats.server';
import { searchClaimsSql } from '../lib/search/search-sql.server';
import { percentiles, timedGet, timedQuery } from './measure';
import type { BenchQuery } from './queries';
import type { BenchResults } from './report';

function sqlFor(params: Record<string, string>, stats: SearchStats) {
  const parsed = ClaimListQuerySchema.parse(params);
  const q = parsed.q ?? '';
  const terms = searchTerms(q);
  const built = searchClaimsSql({
    filters: parsed,
    tsquery: toPrefixTsQuery(q) ?? '',
    fuzzyText: isFuzzyCandidate(q) ? q : null,
    position: null,
    limit: parsed.limit,
    access: chooseAccess(estimateFrequency(stats, terms)),
  });
  return { text: built.text, values: built.values };
}

export async function searchWorkload(client: pg.Client, base: string, queries: BenchQuery[], rounds: number): Promise<BenchResults['search']> {
  const api: number[] = [];
  const sql: number[] = [];
  // The same access choices as the server makes, from the same statistics.
  const stats = await loadSearchStats(async (text) => (await client.query<StatsRow>(text)).rows);
  const perQuery = await Promise.all(queries.map(async (q) => ({ ...q, url: `${base}/api/v1/claims?${new URLSearchParams(q.params)}`, sql: sqlFor(q.params, stats), api: [] as number[], raw: [] as number[], results: 0 })));
  // Warm-up: first plans, first connections, caches; not counted.
  for (const q of perQuery) {
    const res = await fetch(q.url);
    if (!res.ok) throw new Error(`${q.url} answered ${res.status}`);
    q.results = ((await res.json()) as { items: unknown[] }).items.length;
    await client.query(q.sql.text, q.sql.values);
  }
  for (let round = 0; round < rounds; round++) {
    for (const q of perQuery) {
      const a = (await timedGet(q.url)).ms;
      const s = await timedQuery(client, q.sql.text, q.sql.values);
      q.api.push(a);
      q.raw.push(s);
      api.push(a);
      sql.push(s);
    }
  }
  const apiP = percentiles(api);
  const sqlP = percentiles(sql);
  return {
    api: apiP,
    sql: sqlP,
    ratioP50: apiP.p50 / sqlP.p50,
    ratioP95: apiP.p95 / sqlP.p95,
    perQuery: perQuery.map((q) => ({ label: q.label, apiP50: percentiles(q.api).p50, sqlP50: percentiles(q.raw).p50, results: q.results })),
  };
}
