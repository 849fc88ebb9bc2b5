import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { alignmentInConflictSql } from '@/lib/alignments/alignment-in-conflict-sql';
import { IS_CONTESTED } from './claim-filter-sql.server';

// A claims list row as SQL, shared by the list's loaders (claim-list-items.server.ts) and the
// search statement (search-sql.server.ts). SQL only, no database client: building a statement
// must not open a connection pool (the benchmark builds them before it has a database).

// ISO 8601 in UTC with milliseconds: what JSON.stringify makes of a Date.
export const isoUtc = (col: Prisma.Sql) =>
  Prisma.sql`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
export const asIs = (col: Prisma.Sql) => col;

// A source under its alignment in the claim's event's conflict, where it has one.
const ASSERTING_ALIGNMENT = alignmentInConflictSql('s', Prisma.sql`e.conflict_id`);

/**
 * A ClaimListItem's fields for claim `c` (events `e` joined), in the API's order. `time` writes
 * a timestamp column: as is for rows, as ISO text where PostgreSQL writes the JSON itself.
 * The nested objects are row_to_json of sub-selects, which (unlike json_build_object) writes
 * compact JSON.
 */
export function itemColumns(time: (col: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
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
               JOIN alignments al ON al.slug = ${ASSERTING_ALIGNMENT}) src) AS "assertingSources"`;
}

/** A list row's columns for claims `c` joined with events `e` (the search statement selects
 *  them itself, saving the round trip that loaded them after it). */
export const claimListItemColumns = (): Prisma.Sql => itemColumns(asIs);
