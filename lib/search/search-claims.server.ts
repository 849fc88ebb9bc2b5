import 'server-only';
import { sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { encodeCursor } from '@/lib/pagination/cursor';
import {
  highlightTerms, highlightText, isFuzzyCandidate, parseSearchCursor, searchCursorKey, searchTerms,
  toPrefixTsQuery, type SearchPosition,
} from './search-query';
import { chooseAccess, estimateFrequency } from './search-plan';
import { loadSearchStats, type StatsRow } from './search-stats.server';
import { SEARCH_WINDOW, searchClaimsSql, type SearchRow } from './search-sql.server';
import type { ClaimFilters, SearchHit, SearchResult } from './search-types';

const badCursor = () => invalid('Invalid cursor.', { cursor: ['Invalid cursor.'] });

function nextCursorOf(rows: SearchRow[], hits: SearchHit[], limit: number, position: SearchPosition | null, window: number) {
  const found = rows.filter((r) => r.id !== null).length;
  const last = hits.at(-1);
  if (found > limit && last) {
    return searchCursorKey({ below: position?.below ?? null, score: last.score, id: last.id });
  }
  // This window is used up; a full window means older matches may follow in the next one.
  const size = rows[0]?.window_size ?? 0;
  const floor = rows[0]?.window_floor ?? null;
  if (size >= window && floor !== null) return searchCursorKey({ below: floor, score: null, id: floor });
  return null;
}

/**
 * Ranked full-text and fuzzy-name search over live claims, combined with every list filter.
 * Returns the list rows in rank order with highlight segments of each claim's text, in one
 * statement.
 */
export async function searchClaims(
  viewer: Viewer,
  query: ClaimFilters & { q: string; limit?: number },
  options: { window?: number } = {},
): Promise<SearchResult> {
  requireReader(viewer);
  const position = query.cursor ? parseSearchCursor(query.cursor) : null;
  if (query.cursor && !position) throw badCursor();
  const tsquery = toPrefixTsQuery(query.q);
  if (!tsquery) return { hits: [], nextCursor: null };
  const limit = query.limit ?? 25;
  const window = options.window ?? SEARCH_WINDOW;
  const stats = await loadSearchStats((sql) => sqlRows<StatsRow>(Prisma.raw(sql)));
  const terms = searchTerms(query.q);
  const access = chooseAccess(estimateFrequency(stats, terms));
  const rows = await sqlRows<SearchRow>(
    searchClaimsSql({
      filters: query,
      tsquery,
      fuzzyText: isFuzzyCandidate(query.q) ? query.q : null,
      position,
      limit,
      window,
      access,
    }),
  );
  const marked = highlightTerms(query.q);
  const hits: SearchHit[] = rows
    .filter((r) => r.id !== null)
    .slice(0, limit)
    .map(({ score, window_size: _size, window_floor: _floor, ...item }) => ({
      id: Number(item.id),
      score: Number(score),
      highlight: highlightText(item.text ?? '', marked),
      item: { ...item, id: Number(item.id), text: item.text ?? '' },
    }));
  const key = nextCursorOf(rows, hits, limit, position, window);
  return { hits, nextCursor: key ? encodeCursor(key.key, key.id) : null };
}
