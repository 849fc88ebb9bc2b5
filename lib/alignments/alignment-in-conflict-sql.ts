import { Prisma } from '@/lib/generated/prisma/client';

// Which alignment a source shows for a claim in an event: its alignment in the event's conflict
// where one is set (source_conflict_alignments), else its default (sources.alignment_slug). The
// one expression every read uses, so event columns, the graph, claim pages, lists, compare and
// exports cannot disagree; refresh_claim_search (the claims filter) computes the same in SQL.
// SQL only, no database client: statement builders import it without opening a pool.

const ALIAS = /^[a-z_][a-z0-9_]*$/;

/**
 * The alignment slug of source row `sourceAlias` in the conflict `conflictId` (an SQL
 * expression, e.g. `e.conflict_id`; NULL means no conflict, so the default). A primary-key
 * lookup of source_conflict_alignments per row.
 */
export function alignmentInConflictSql(sourceAlias: string, conflictId: Prisma.Sql): Prisma.Sql {
  if (!ALIAS.test(sourceAlias)) throw new Error(`Not a plain SQL alias: ${JSON.stringify(sourceAlias)}`);
  const s = Prisma.raw(sourceAlias);
  return Prisma.sql`coalesce((SELECT sca.alignment_slug FROM source_conflict_alignments sca
    WHERE sca.source_id = ${s}.id AND sca.conflict_id = ${conflictId}), ${s}.alignment_slug)`;
}

/** The conflict of claim row `claimAlias`'s event, as an SQL expression (NULL without one). */
export function conflictOfClaimSql(claimAlias: string): Prisma.Sql {
  if (!ALIAS.test(claimAlias)) throw new Error(`Not a plain SQL alias: ${JSON.stringify(claimAlias)}`);
  return Prisma.sql`(SELECT ev.conflict_id FROM events ev WHERE ev.id = ${Prisma.raw(claimAlias)}.event_id)`;
}
