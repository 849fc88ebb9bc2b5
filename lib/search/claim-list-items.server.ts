import 'server-only';
import { sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { asIs, isoUtc, itemColumns } from './claim-list-sql.server';
import type { ClaimListItem } from './search-types';

// The rows of a claims list (search results and the plain list) in one statement. The Prisma
// select it replaces took five round trips, and its contested `_count` aggregated the whole
// claim_relations table on every call; at a million claims the list API must answer hundreds
// of requests a second, so PostgreSQL builds the nested parts as JSON itself.

/** The list row for each claim in `page`, a relation of (id, ord), in `ord` order. */
function listItemsFrom(page: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${itemColumns(asIs)}
    FROM ${page}
    JOIN claims c ON c.id = u.id
    LEFT JOIN events e ON e.id = c.event_id
    ORDER BY u.ord`;
}

// A page size written into the SQL rather than bound: with the limit bound, PostgreSQL never
// settles on a generic plan for the statement and plans it again on every call.
function sqlLimit(limit: number): Prisma.Sql {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`Invalid list limit: ${limit}`);
  return Prisma.raw(String(limit));
}

/** The newest `limit` claims matching `where` (a condition on claims `c`), as a relation (id, ord). */
function newestPage(where: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`(
      SELECT c.id, row_number() OVER (ORDER BY c.created_at DESC, c.id DESC) AS ord
      FROM (SELECT c.id, c.created_at FROM claims c WHERE ${where}
            ORDER BY c.created_at DESC, c.id DESC LIMIT ${sqlLimit(limit)}) c) u`;
}

/**
 * The newest `limit` claims matching `where` (a condition on claims `c`), as list rows, in one
 * statement: choosing the page and then loading its rows took two round trips, each costing
 * the server CPU that at hundreds of requests a second is most of the budget. The
 * page is chosen in a subquery with its LIMIT, so the JSON parts are built for those rows only,
 * whatever plan finds them. `prepare` is for conditions whose plan does not depend on the
 * values bound (live and cursor).
 */
export async function loadNewestClaimListItems(
  where: Prisma.Sql,
  limit: number,
  options: { prepare?: boolean } = {},
): Promise<ClaimListItem[]> {
  return sqlRows<ClaimListItem>(listItemsFrom(newestPage(where, limit)), options);
}

export type ClaimListJsonPage = {
  /** JSON text of the first `limit` rows: ClaimListItem[] as JSON.stringify writes it. */
  items: string;
  /** The sort key and id of the last of those rows, when more rows follow. */
  next: { key: string; id: number } | null;
};

/**
 * The same page as loadNewestClaimListItems, with PostgreSQL writing the items as JSON: the
 * list API sends it as it comes, where parsing rows into objects (two Dates each) and
 * serialising them again cost the server a third of a millisecond a request, at the list API's
 * hundreds of requests a second.
 */
export async function loadNewestClaimListJson(
  where: Prisma.Sql,
  limit: number,
  options: { prepare?: boolean } = {},
): Promise<ClaimListJsonPage> {
  const lim = sqlLimit(limit);
  const [row] = await sqlRows<{ items: string; lastKey: string | null; lastId: number | null; more: boolean }>(
    Prisma.sql`
      WITH r AS (
        SELECT u.ord, c.id, ${isoUtc(Prisma.sql`c.created_at`)} AS key,
          (SELECT row_to_json(i) FROM (SELECT ${itemColumns(isoUtc)}) i) AS item
        FROM ${newestPage(where, limit + 1)}
        JOIN claims c ON c.id = u.id
        LEFT JOIN events e ON e.id = c.event_id)
      SELECT (SELECT '[' || coalesce(string_agg(r.item::text, ',' ORDER BY r.ord), '') || ']' FROM r WHERE r.ord <= ${lim}) AS items,
        (SELECT r.key FROM r WHERE r.ord = ${lim}) AS "lastKey",
        (SELECT r.id FROM r WHERE r.ord = ${lim}) AS "lastId",
        EXISTS (SELECT 1 FROM r WHERE r.ord > ${lim}) AS more`,
    options,
  );
  const next = row.more && row.lastKey !== null && row.lastId !== null ? { key: row.lastKey, id: row.lastId } : null;
  return { items: row.items, next };
}
