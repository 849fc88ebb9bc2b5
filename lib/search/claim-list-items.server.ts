import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { IS_CONTESTED } from '@/lib/claims/claim-search-sql.server';
import type { ClaimListItem } from '@/lib/claims/claim-types';

// The rows of a claims list (search results and the plain list) in one statement. The Prisma
// select it replaces took five round trips, and its contested `_count` aggregated the whole
// claim_relations table on every call; at a million claims the list API must answer hundreds
// of requests a second (issue 6), so PostgreSQL builds the nested parts as JSON itself.

export function claimListItemsSql(ids: number[]): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, c.text, c.language, c.credibility, c.occurred_at AS "occurredAt",
      c.occurred_precision::text AS "occurredPrecision", c.place_name AS "placeName",
      c.origin_count AS "originCount", c.carrier_count AS "carrierCount", c.created_at AS "createdAt",
      CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object('id', e.id, 'title', e.title) END AS event,
      ${IS_CONTESTED} AS "isContested",
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name,
                'alignment', json_build_object('slug', al.slug, 'label', al.label, 'color', al.color))
              ORDER BY x.first_id), '[]'::json)
         FROM (SELECT a.source_id, min(a.id) AS first_id FROM attributions a
               WHERE a.claim_id = c.id AND a.role = 'asserts' GROUP BY a.source_id) x
         JOIN sources s ON s.id = x.source_id
         JOIN alignments al ON al.slug = s.alignment_slug) AS "assertingSources"
    FROM unnest(${ids}::int[]) WITH ORDINALITY AS u(id, ord)
    JOIN claims c ON c.id = u.id
    LEFT JOIN events e ON e.id = c.event_id
    ORDER BY u.ord`;
}

/** List rows for these ids, in the order given (ids that no longer exist drop out). */
export async function loadClaimListItems(ids: number[]): Promise<ClaimListItem[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<ClaimListItem[]>(claimListItemsSql(ids));
}
