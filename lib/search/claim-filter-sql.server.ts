import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimFilters } from './search-types';

// The claim list's filters as SQL (all but `q`), shared by the plain list and ranked search,
// which adds the text match itself. Every filter is a column of the claim row (the
// denormalised ones are trigger-maintained), so testing a candidate never leaves the row.

/** A live claim: not soft-deleted, not merged into another. */
export const LIVE_CLAIM = Prisma.sql`c.deleted_at IS NULL AND c.merged_into_id IS NULL`;

/** Has a `contradicts` relation with another live claim: a trigger-maintained column
 *  (claim_search_columns migration), so filtering costs nothing per candidate. */
export const IS_CONTESTED = Prisma.sql`c.contested`;

export function claimFilterSql(query: ClaimFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [LIVE_CLAIM];
  if (query.sourceId !== undefined) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM attributions a WHERE a.claim_id = c.id AND a.source_id = ${query.sourceId})`,
    );
  }
  if (query.alignment) {
    // Whose account it is: the alignment of a source that asserts the claim (kept on the row
    // by triggers).
    conditions.push(Prisma.sql`${query.alignment} = ANY (c.asserting_alignments)`);
  }
  if (query.eventId !== undefined) conditions.push(Prisma.sql`c.event_id = ${query.eventId}`);
  if (query.credibility?.length) {
    conditions.push(Prisma.sql`c.credibility IN (${Prisma.join(query.credibility)})`);
  }
  if (query.contested === true) conditions.push(IS_CONTESTED);
  if (query.contested === false) conditions.push(Prisma.sql`NOT ${IS_CONTESTED}`);
  if (query.status) conditions.push(Prisma.sql`c.review_status = ${query.status}::"ReviewStatus"`);
  if (query.assigneeId !== undefined) conditions.push(Prisma.sql`c.assignee_id = ${query.assigneeId}`);
  if (query.from) conditions.push(Prisma.sql`c.occurred_at >= ${query.from}::timestamptz`);
  if (query.to) conditions.push(Prisma.sql`c.occurred_at < ${query.to}::timestamptz`);
  if (query.cursor) {
    conditions.push(
      Prisma.sql`(c.created_at, c.id) < (${new Date(query.cursor.key)}::timestamptz, ${query.cursor.id})`,
    );
  }
  return Prisma.join(conditions, ' AND ');
}
