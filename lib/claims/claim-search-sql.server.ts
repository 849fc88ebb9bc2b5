import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimListQuery } from './claim-schemas';

// The claim list's WHERE clause in SQL: the search column is a generated tsvector Prisma
// cannot express, so ids are selected here and the rows loaded through Prisma afterwards.

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A live claim: not soft-deleted, not merged into another. */
export const LIVE_CLAIM = Prisma.sql`c.deleted_at IS NULL AND c.merged_into_id IS NULL`;

/** Has a `contradicts` relation with another live claim. */
export const IS_CONTESTED = Prisma.sql`EXISTS (
  SELECT 1 FROM claim_relations r
  JOIN claims o ON o.id = CASE WHEN r.claim_a_id = c.id THEN r.claim_b_id ELSE r.claim_a_id END
  WHERE r.type = 'contradicts' AND (r.claim_a_id = c.id OR r.claim_b_id = c.id)
    AND o.deleted_at IS NULL AND o.merged_into_id IS NULL)`;

export function claimFilterSql(query: Partial<ClaimListQuery>): Prisma.Sql {
  const conditions: Prisma.Sql[] = [LIVE_CLAIM];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    // Text search, or the words name who said it or where ("Security Council" is a venue).
    // A UNION of three index-backed lookups (GIN tsvector, trigram venue, trigram name) rather
    // than one OR across tables, which would force a per-claim check.
    conditions.push(Prisma.sql`c.id IN (
      SELECT m.id FROM claims m
        WHERE m.search_vector @@ websearch_to_tsquery('simple', public.immutable_unaccent(${query.q}))
      UNION SELECT a.claim_id FROM attributions a WHERE a.venue ILIKE ${pattern}
      UNION SELECT a.claim_id FROM attributions a
        WHERE a.source_id IN (SELECT s.id FROM sources s WHERE s.name ILIKE ${pattern}))`);
  }
  if (query.sourceId !== undefined) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM attributions a WHERE a.claim_id = c.id AND a.source_id = ${query.sourceId})`,
    );
  }
  if (query.alignment) {
    // Whose account it is: the alignment of a source that asserts the claim.
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM attributions a JOIN sources s ON s.id = a.source_id
      WHERE a.claim_id = c.id AND a.role = 'asserts' AND s.alignment_slug = ${query.alignment})`);
  }
  if (query.eventId !== undefined) conditions.push(Prisma.sql`c.event_id = ${query.eventId}`);
  if (query.credibility?.length) {
    conditions.push(Prisma.sql`c.credibility IN (${Prisma.join(query.credibility)})`);
  }
  if (query.contested === true) conditions.push(IS_CONTESTED);
  if (query.contested === false) conditions.push(Prisma.sql`NOT ${IS_CONTESTED}`);
  if (query.from) conditions.push(Prisma.sql`c.occurred_at >= ${query.from}::timestamptz`);
  if (query.to) conditions.push(Prisma.sql`c.occurred_at < ${query.to}::timestamptz`);
  if (query.cursor) {
    conditions.push(
      Prisma.sql`(c.created_at, c.id) < (${new Date(query.cursor.key)}::timestamptz, ${query.cursor.id})`,
    );
  }
  return Prisma.join(conditions, ' AND ');
}
