import 'server-only';
import { db, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { conflict, notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { UnmergeSourceSchema, type UnmergeSourceInput } from './source-schemas';
import { sourceRoles } from './source-permissions';
import { mergedSource } from './lock-sources.server';
import { writeSourceLookupNames } from './source-lookup-names.server';
import type { RecountClaims } from './merge-sources.server';

type Moved = {
  attributionIds: number[]; partyIds: number[]; documentIds: number[]; representedByIds: number[]; keptRepresentsBefore: number | null;
  ratingRevisionIds: number[]; alignmentChangeIds: number[]; conflictAlignmentConflictIds: number[];
  droppedConflictAlignments: { conflictId: number; alignmentSlug: string; reason: string; version: number }[];
  identifierIds: number[]; earlierMergedIds: number[];
};
type MergeRecord = { mergedId: number; aliasesAdded: string[]; moved: Moved };

const sourceRow = {
  id: true, name: true, kind: true, alignmentSlug: true, country: true, language: true, aliases: true,
  description: true, homepage: true, representsId: true, reliability: true, ratingVersion: true, version: true, mergedIntoId: true,
  identifiers: { select: { kind: true, value: true }, orderBy: [{ kind: 'asc' }, { value: 'asc' }] },
} satisfies Prisma.SourceSelect;

const list = (ids: number[]) => (ids.length ? Prisma.join(ids) : Prisma.sql`NULL`);

/** Moves back each row the merge moved, where it still sits on the kept source. */
async function moveBack(tx: Tx, keptId: number, mergedId: number, m: Moved) {
  const back = async (sql: Prisma.Sql) => (await sqlRows<{ id: number }>(sql, { tx })).map((r) => Number(r.id));
  return {
    attributionIds: await back(Prisma.sql`UPDATE attributions SET source_id = ${mergedId} WHERE id IN (${list(m.attributionIds)}) AND source_id = ${keptId} RETURNING id`),
    partyIds: await back(Prisma.sql`UPDATE claim_parties SET source_id = ${mergedId} WHERE id IN (${list(m.partyIds)}) AND source_id = ${keptId} RETURNING id`),
    documentIds: await back(Prisma.sql`UPDATE documents SET publisher_id = ${mergedId} WHERE id IN (${list(m.documentIds)}) AND publisher_id = ${keptId} RETURNING id`),
    representedByIds: await back(Prisma.sql`
      UPDATE sources SET represents_id = ${mergedId}, version = version + 1 WHERE id IN (${list(m.representedByIds)}) AND represents_id = ${keptId} RETURNING id`),
    keptRepresentsBefore: m.keptRepresentsBefore,
    ratingRevisionIds: await back(Prisma.sql`
      UPDATE rating_revisions SET source_id = ${mergedId}, from_source_id = NULLIF(from_source_id, ${mergedId})
      WHERE id IN (${list(m.ratingRevisionIds)}) AND source_id = ${keptId} RETURNING id`),
    alignmentChangeIds: await back(Prisma.sql`
      UPDATE source_alignment_changes SET source_id = ${mergedId}, from_source_id = NULLIF(from_source_id, ${mergedId})
      WHERE id IN (${list(m.alignmentChangeIds)}) AND source_id = ${keptId} RETURNING id`),
    conflictAlignmentConflictIds: (await sqlRows<{ id: number }>(Prisma.sql`
      UPDATE source_conflict_alignments SET source_id = ${mergedId}
      WHERE source_id = ${keptId} AND conflict_id IN (${list(m.conflictAlignmentConflictIds)}) RETURNING conflict_id AS id`, { tx })).map((r) => Number(r.id)),
    droppedConflictAlignments: await restoreDropped(tx, mergedId, m.droppedConflictAlignments),
    identifierIds: await back(Prisma.sql`UPDATE source_identifiers SET source_id = ${mergedId} WHERE id IN (${list(m.identifierIds)}) AND source_id = ${keptId} RETURNING id`),
    earlierMergedIds: await back(Prisma.sql`UPDATE sources SET merged_into_id = ${mergedId} WHERE id IN (${list(m.earlierMergedIds)}) AND merged_into_id = ${keptId} RETURNING id`),
  };
}

async function restoreDropped(tx: Tx, mergedId: number, dropped: Moved['droppedConflictAlignments']) {
  for (const d of dropped) {
    await tx.sourceConflictAlignment.create({ data: { sourceId: mergedId, conflictId: d.conflictId, alignmentSlug: d.alignmentSlug, reason: d.reason, version: d.version } });
  }
  return dropped;
}

/**
 * Undoes a merge (admin) from the audit entry that recorded it: every moved row that still sits
 * on the kept source goes back, the aliases it gave the kept source come off, and the merged
 * source is live again. The rating revision recording the editor's choice stays in the kept
 * source's history, as every revision does; the restored source has its own grade back.
 */
export async function unmergeSource(viewer: Viewer, mergedId: number, input: UnmergeSourceInput, recountClaims: RecountClaims, ip?: string) {
  requireRole(viewer, sourceRoles.unmerge);
  const { reason } = UnmergeSourceSchema.parse(input);
  return db.$transaction(async (tx) => {
    const target = await tx.source.findUnique({ where: { id: mergedId }, select: { mergedIntoId: true } });
    if (!target) throw notFound('Source');
    const keptId = target.mergedIntoId;
    if (keptId === null) throw conflict('This source is not merged into another.', { mergedIntoId: null });
    const entry = await tx.auditEntry.findFirst({
      where: { action: 'source.merge', entityType: 'source', entityId: String(keptId), after: { path: ['mergedId'], equals: mergedId } },
      orderBy: { id: 'desc' }, select: { after: true },
    });
    if (!entry) throw conflict('No record of this merge was found, so it cannot be undone here.', { mergedIntoId: keptId });
    const record = entry.after as unknown as MergeRecord;
    // Claims first, then both sources in id order: the order every merge and claim write takes.
    await sqlRows(Prisma.sql`SELECT id FROM claims WHERE id IN (
      SELECT claim_id FROM attributions WHERE id IN (${list(record.moved.attributionIds)})
      UNION SELECT claim_id FROM claim_parties WHERE id IN (${list(record.moved.partyIds)})) ORDER BY id FOR UPDATE`, { tx });
    await sqlRows(Prisma.sql`SELECT id FROM sources WHERE id IN (${keptId}, ${mergedId}) ORDER BY id FOR UPDATE`, { tx });
    const kept = await tx.source.findUniqueOrThrow({ where: { id: keptId }, select: sourceRow });
    if (kept.mergedIntoId !== null) throw mergedSource(keptId, kept.mergedIntoId);

    const movedBack = await moveBack(tx, keptId, mergedId, record.moved);
    const claimIds = (await sqlRows<{ id: number }>(Prisma.sql`
      SELECT DISTINCT claim_id AS id FROM attributions WHERE id IN (${list(movedBack.attributionIds)})`, { tx })).map((r) => Number(r.id));
    if (claimIds.length) await recountClaims(tx, claimIds);

    const aliasesRemoved = kept.aliases.filter((a) => record.aliasesAdded.includes(a));
    const keptAfter = await tx.source.update({
      where: { id: keptId },
      data: {
        aliases: kept.aliases.filter((a) => !record.aliasesAdded.includes(a)),
        ...(kept.representsId !== record.moved.keptRepresentsBefore ? { representsId: record.moved.keptRepresentsBefore } : {}),
        version: { increment: 1 },
      },
      select: sourceRow,
    });
    const restored = await tx.source.update({ where: { id: mergedId }, data: { mergedIntoId: null, mergedAt: null, version: { increment: 1 } }, select: sourceRow });
    await writeSourceLookupNames(tx, [keptAfter, restored]);

    await recordAudit(tx, {
      actor: viewer, action: 'source.unmerge', entityType: 'source', entityId: mergedId,
      before: { keptId, kept }, after: { restored, keptAfter, reason, movedBack, aliasesRemoved }, ip,
    });
    const { mergedIntoId: _m, ...restoredSource } = restored;
    return { restored: restoredSource, keptId, movedBack, aliasesRemoved };
  });
}
