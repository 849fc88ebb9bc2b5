import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { claimFilterSql } from './claim-filter-sql.server';
import type { Access } from './search-plan';
import { claimListItemColumns } from './claim-list-sql.server';
import type { ClaimFilters, ClaimListItem } from './search-types';
import type { SearchPosition } from './search-query';

// One statement finds and ranks a page of search results. Ranking every match of a
// common word costs 100-200 ms at a million claims, so only a window of the newest matches (at
// most SEARCH_WINDOW claims) is ranked at a time; the cursor moves to the next window when one runs out.
// Every branch is bounded by an index: GIN on the claim's one tsvector (its own words and its
// context: quotes, speakers, venues, event), trigram GIN on the short fields (source names and
// aliases, event titles, venues), never a trigram scan of long text. Filters are columns of
// the claim row, so a candidate is tested without leaving it.

export const SEARCH_WINDOW = 200;
const FUZZY_SOURCES = 10;
const FUZZY_EVENTS = 5;
const FUZZY_VENUE_ROWS = 200;

export type SearchSqlInput = {
  filters: ClaimFilters;
  tsquery: string;
  /** The raw text for trigram matching, or null to skip the fuzzy branches. */
  fuzzyText: string | null;
  position: SearchPosition | null;
  limit: number;
  /** Claims ranked per window; SEARCH_WINDOW unless a test wants small windows. */
  window?: number;
  /** How to find the newest matches (lib/search/search-plan.ts). */
  access?: Access;
};

// `IS TRUE` hides the match from the index, so the newest rows are walked and tested;
// `id + 0` hides the order from the primary key, so the GIN index is read and the few
// matches sorted.
function matchAndOrder(access: Access, match: Prisma.Sql, id: Prisma.Sql) {
  if (access === 'walk') return { match: Prisma.sql`(${match}) IS TRUE`, order: Prisma.sql`${id} DESC` };
  if (access === 'index') return { match, order: Prisma.sql`${id} + 0 DESC` };
  return { match, order: Prisma.sql`${id} DESC` };
}

/** One row per result, with its list row's fields; a single row of nulls (but the window
 *  figures) when the page is empty. */
export type SearchRow = Omit<ClaimListItem, 'id' | 'text'> & {
  id: number | null;
  text: string | null;
  score: number | null;
  window_size: number;
  window_floor: number | null;
};

export function searchClaimsSql(input: SearchSqlInput): Prisma.Sql {
  const { position, limit } = input;
  const window = input.window ?? SEARCH_WINDOW;
  const filter = claimFilterSql({ ...input.filters, cursor: undefined });
  const tsq = Prisma.sql`to_tsquery('simple', public.immutable_unaccent(${input.tsquery}))`;
  const below = (column: Prisma.Sql) =>
    position?.below != null ? Prisma.sql`AND ${column} < ${position.below}` : Prisma.empty;

  const own = matchAndOrder(input.access ?? 'planner', Prisma.sql`c.search_vector @@ ${tsq}`, Prisma.sql`c.id`);
  const branches: Prisma.Sql[] = [
    Prisma.sql`(SELECT c.id, 0::real AS fuzzy FROM claims c
      WHERE ${own.match} AND ${filter} ${below(Prisma.sql`c.id`)}
      ORDER BY ${own.order} LIMIT ${window})`,
  ];
  if (input.fuzzyText) {
    const text = Prisma.sql`public.immutable_unaccent(${input.fuzzyText})`;
    branches.push(
      Prisma.sql`(SELECT x.id, m.sim FROM (
          SELECT s.id, word_similarity(${text}, s.search_names) AS sim FROM sources s
          WHERE ${text} <% s.search_names ORDER BY sim DESC, s.id LIMIT ${FUZZY_SOURCES}) m
        CROSS JOIN LATERAL (
          SELECT c.id FROM attributions a JOIN claims c ON c.id = a.claim_id
          WHERE a.source_id = m.id AND ${filter} ${below(Prisma.sql`a.claim_id`)}
          ORDER BY a.claim_id DESC LIMIT ${window}) x)`,
      Prisma.sql`(SELECT x.id, m.sim FROM (
          SELECT e.id, word_similarity(${text}, e.title) AS sim FROM events e
          WHERE ${text} <% e.title AND e.deleted_at IS NULL ORDER BY sim DESC, e.id LIMIT ${FUZZY_EVENTS}) m
        CROSS JOIN LATERAL (
          SELECT c.id FROM claims c
          WHERE c.event_id = m.id AND ${filter} ${below(Prisma.sql`c.id`)}
          ORDER BY c.id DESC LIMIT ${window}) x)`,
      // Venues repeat across many attributions: a bounded sample is enough to surface the claims
      // a misspelt venue means; the exact words are already in the search document.
      Prisma.sql`(SELECT c.id, v.sim FROM (
          SELECT a.claim_id, word_similarity(${text}, a.venue) AS sim FROM attributions a
          WHERE ${text} <% a.venue ${below(Prisma.sql`a.claim_id`)} LIMIT ${FUZZY_VENUE_ROWS}) v
        JOIN claims c ON c.id = v.claim_id WHERE ${filter})`,
    );
  }

  const after =
    position?.score != null
      ? Prisma.sql`WHERE (s.score, s.id) < (${position.score}::real, ${position.id})`
      : Prisma.empty;

  return Prisma.sql`
    WITH hits AS (${Prisma.join(branches, ' UNION ALL ')}),
    win AS (SELECT id, max(fuzzy) AS fuzzy FROM hits GROUP BY id ORDER BY id DESC LIMIT ${window}),
    scored AS (
      SELECT w.id, (ts_rank(c.search_vector, ${tsq}) + 0.2 * w.fuzzy)::real AS score
      FROM win w JOIN claims c ON c.id = w.id),
    page AS (
      SELECT s.id, s.score FROM scored s ${after}
      ORDER BY s.score DESC, s.id DESC LIMIT ${limit + 1})
    SELECT p.score, st.window_size, st.window_floor, ${claimListItemColumns()}
    FROM (SELECT count(*)::int AS window_size, min(id) AS window_floor FROM win) st
    LEFT JOIN page p ON true
    LEFT JOIN claims c ON c.id = p.id
    LEFT JOIN events e ON e.id = c.event_id
    ORDER BY p.score DESC NULLS LAST, p.id DESC`;
}
