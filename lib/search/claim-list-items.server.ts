import 'server-only';
import { queryRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { IS_CONTESTED } from '@/lib/claims/claim-search-sql.server';
import type { ClaimListItem } from '@/lib/claims/claim-types';

// The rows of a claims list (search results and the plain list) in one statement. The Prisma
// select it replaces took five round trips, and its contested `_count` aggregated the whole
// claim_relations table on every call; at a million claims the list API must answer hundreds
// of requests a second (issue 6), so PostgreSQL builds the nested parts as JSON itself.

// ISO 8601 in UTC with milliseconds: what JSON.stringify makes of a Date.
const isoUtc = (col: Prisma.Sql) =>
  Prisma.sql`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const asIs = (col: Prisma.Sql) => col;

/**
 * A ClaimListItem's fields for claim `c` (events `e` joined), in the API's order. `time` writes
 * a timestamp column: as is for rows, as ISO text where PostgreSQL writes the JSON itself.
 * The nested objects are row_to_json of sub-selects, which (unlike json_build_object) writes
 * compact JSON.
 */
function itemColumns(time: (col: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  return Prisma.sql`c.id, c.text, c.language, c.credibility, ${time(Prisma.sql`c.occurred_at`)} AS "occurredAt",
      c.occurred_precision::text AS "occurredPrecision", c.place_name AS "placeName",
      c.origin_count AS "originCount", c.carrier_count AS "carrierCount", ${time(Prisma.sql`c.created_at`)} AS "createdAt",
      CASE WHEN e.id IS NULL THEN NULL ELSE (SELECT row_to_json(ev) FROM (SELECT e.id, e.title) ev) END AS event,
      ${IS_CONTESTED} AS "isContested",
      (SELECT coalesce(json_agg(src.source ORDER BY src.first_id), '[]'::json)
         FROM (SELECT x.first_id, (SELECT row_to_json(so) FROM (SELECT s.id, s.name,
                   (SELECT row_to_json(ar) FROM (SELECT al.slug, al.label, al.color) ar) AS alignment) so) AS source
               FROM (SELECT a.source_id, min(a.id) AS first_id FROM attributions a
                     WHERE a.claim_id = c.id AND a.role = 'asserts' GROUP BY a.source_id) x
               JOIN sources s ON s.id = x.source_id
               JOIN alignments al ON al.slug = s.alignment_slug) src) AS "assertingSources"`;
}

/** A list row's columns for claims `c` joined with events `e` (the search statement selects
 *  them itself, saving the round trip that loaded them after it). */
export const claimListItemColumns = (): Prisma.Sql => itemColumns(asIs);

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
 * the server CPU that at hundreds of requests a second is most of the budget (issue 6). The
 * page is chosen in a subquery with its LIMIT, so the JSON parts are built for those rows only,
 * whatever plan finds them. `prepare` is for conditions whose plan does not depend on the
 * values bound (live and cursor).
 */
export async function loadNewestClaimListItems(
  where: Prisma.Sql,
  limit: number,
  options: { prepare?: boolean } = {},
): Promise<ClaimListItem[]> {
  return queryRows<ClaimListItem>(listItemsFrom(newestPage(where, limit)), options);
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
 * serialising them again cost the server a third of a millisecond a request (issue 6).
 */
export async function loadNewestClaimListJson(
  where: Prisma.Sql,
  limit: number,
  options: { prepare?: boolean } = {},
): Promise<ClaimListJsonPage> {
  const lim = sqlLimit(limit);
  const [row] = await queryRows<{ items: string; lastKey: string | null; lastId: number | null; more: boolean }>(
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
