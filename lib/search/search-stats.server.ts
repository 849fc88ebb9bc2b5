import 'server-only';
import { columnStats, type SearchStats } from './search-plan';

// Word frequencies of the search column from PostgreSQL's statistics (kept current by
// autovacuum's ANALYZE), read once per ten minutes per process.

export const SEARCH_STATS_SQL = `
  SELECT tablename, most_common_elems::text::text[] AS elems, most_common_elem_freqs::float8[] AS freqs
  FROM pg_stats
  WHERE schemaname = current_schema()
    AND tablename = 'claims' AND attname = 'search_vector'`;

export type StatsRow = { tablename: string; elems: string[] | null; freqs: number[] | null };

const TTL_MS = 10 * 60_000;
let cached: { at: number; stats: Promise<SearchStats> } | null = null;

export function loadSearchStats(run: (sql: string) => Promise<StatsRow[]>): Promise<SearchStats> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.stats;
  const stats = run(SEARCH_STATS_SQL).then(
    (rows) => columnStats(rows[0]?.elems ?? null, rows[0]?.freqs ?? null),
    // Without statistics (a fresh database) the planner decides, as it would anyway.
    (): SearchStats => null,
  );
  cached = { at: Date.now(), stats };
  return stats;
}
