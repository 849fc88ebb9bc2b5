import 'server-only';
import { sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

type Side = { id: number; representsId: number | null };

const ids = (rows: { id: number }[]) => rows.map((r) => Number(r.id));

/**
 * Moves every row that names the merged source onto the kept one, and returns the moved ids
 * by kind (what an unmerge would move back). Attribution ids do not change, so relays keep
 * pointing at the same hops; the claim search triggers refresh each claim whose attribution
 * moved. Rating revisions and alignment changes keep their numbers, marked with the source
 * they came from. A per-conflict alignment the kept source already has wins; the duplicate's is
 * dropped and returned whole, so nothing is lost from the audit record.
 */
export async function moveSourceRows(tx: Tx, kept: Side, merged: Side) {
  const [k, m] = [kept.id, merged.id];
  const attributionIds = ids(await sqlRows<{ id: number }>(Prisma.sql`
    UPDATE attributions SET source_id = ${k} WHERE source_id = ${m} RETURNING id`, { tx }));
  const partyIds = ids(await sqlRows<{ id: number }>(Prisma.sql`
    UPDATE claim_parties SET source_id = ${k} WHERE source_id = ${m} RETURNING id`, { tx }));
  const documentIds = ids(await sqlRows<{ id: number }>(Prisma.sql`
    UPDATE documents SET publisher_id = ${k} WHERE publisher_id = ${m} RETURNING id`, { tx }));
  // Sources speaking for the duplicate now speak for the kept one; their version moves on, so
  // an edit form opened before the merge cannot put the old id back.
  const representedByIds = ids(await sqlRows<{ id: number }>(Prisma.sql`
    UPDATE sources SET represents_id = ${k}, version = version + 1
    WHERE represents_id = ${m} AND id <> ${k} RETURNING id`, { tx }));
  // The kept source cannot represent itself; it takes the duplicate's party when it had none.
  let keptRepresentsId = kept.representsId === m ? null : kept.representsId;
  if (keptRepresentsId === null && merged.representsId !== null && merged.representsId !== k) keptRepresentsId = merged.representsId;

  const ratingRevisionIds = ids(await sqlRows<{ id: number }>(Prisma.sql`
    UPDATE rating_revisions SET source_id = ${k}, from_source_id = COALESCE(from_source_id, ${m})
    WHERE source_id = ${m} RETURNING id`, { tx }));
  const alignmentChangeIds = ids(await sqlRows<{ id: number }>(Prisma.sql`
    UPDATE source_alignment_changes SET source_id = ${k}, from_source_id = COALESCE(from_source_id, ${m})
    WHERE source_id = ${m} RETURNING id`, { tx }));

  const droppedConflictAlignments = await sqlRows<{ conflictId: number; alignmentSlug: string; reason: string; version: number }>(Prisma.sql`
    DELETE FROM source_conflict_alignments d
    WHERE d.source_id = ${m} AND EXISTS (SELECT 1 FROM source_conflict_alignments o WHERE o.source_id = ${k} AND o.conflict_id = d.conflict_id)
    RETURNING d.conflict_id AS "conflictId", d.alignment_slug AS "alignmentSlug", d.reason, d.version`, { tx });
  const conflictAlignmentConflictIds = (await sqlRows<{ conflictId: number }>(Prisma.sql`
    UPDATE source_conflict_alignments SET source_id = ${k} WHERE source_id = ${m} RETURNING conflict_id AS "conflictId"`, { tx }))
    .map((r) => Number(r.conflictId));
  const identifierIds = ids(await sqlRows<{ id: number }>(Prisma.sql`
    UPDATE source_identifiers SET source_id = ${k} WHERE source_id = ${m} RETURNING id`, { tx }));
  // Records merged into the duplicate earlier now point at the kept source: no chains to follow.
  const earlierMergedIds = ids(await sqlRows<{ id: number }>(Prisma.sql`
    UPDATE sources SET merged_into_id = ${k} WHERE merged_into_id = ${m} RETURNING id`, { tx }));

  return {
    attributionIds, partyIds, documentIds, representedByIds,
    keptRepresentsId, keptRepresentsBefore: kept.representsId,
    ratingRevisionIds, alignmentChangeIds, conflictAlignmentConflictIds,
    droppedConflictAlignments: droppedConflictAlignments.map((d) => ({ ...d, conflictId: Number(d.conflictId), version: Number(d.version) })),
    identifierIds, earlierMergedIds,
  };
}
