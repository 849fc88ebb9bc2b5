import 'server-only';
import { db, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { conflict, DomainError, invalid, notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { alignmentRefSelect } from '@/lib/alignments/alignment-queries.server';
import { mergedSource } from '@/lib/sources/lock-sources.server';
import { conflictRoles } from './conflict-permissions';
import {
  RemoveConflictAlignmentSchema, SetConflictAlignmentSchema, type RemoveConflictAlignmentInput, type SetConflictAlignmentInput,
} from './conflict-schemas';

// A source's alignment in one conflict. Each change is a source_alignment_changes row with the
// conflict named, read as what the source showed in that conflict before and after: the first
// one starts from its default alignment, a removal goes back to it. Changing it reclassifies the
// claims of the conflict's events: the database's triggers refresh their asserting alignments
// in the same transaction.

const unknownConflict = () => new DomainError(404, 'not_found', 'Conflict not found.', { conflictId: ['No such conflict.'] });

const currentSelect = {
  sourceId: true, alignmentSlug: true, reason: true, version: true, updatedAt: true,
  alignment: { select: alignmentRefSelect }, conflict: { select: { id: true, name: true } },
} as const;

/** Locks the source row so two changes of its alignment take turns; a merged or deleted source takes none. */
async function lockLiveSource(tx: Tx, sourceId: number) {
  const [source] = await sqlRows<{ id: number; alignmentSlug: string; mergedIntoId: number | null; deletedAt: Date | null }>(Prisma.sql`
    SELECT id, alignment_slug AS "alignmentSlug", merged_into_id AS "mergedIntoId", deleted_at AS "deletedAt"
    FROM sources WHERE id = ${sourceId} FOR UPDATE`, { tx });
  if (!source) throw notFound('Source');
  if (source.mergedIntoId != null) throw mergedSource(sourceId, Number(source.mergedIntoId));
  if (source.deletedAt) throw conflict('This source is deleted; restore it first.', { deletedAt: source.deletedAt });
  return source;
}

async function requireConflictRow(tx: Tx, conflictId: number) {
  const found = await tx.conflict.findUnique({ where: { id: conflictId }, select: { id: true, name: true } });
  if (!found) throw unknownConflict();
  return found;
}

const toAnswer = (row: Prisma.SourceConflictAlignmentGetPayload<{ select: typeof currentSelect }>) => ({
  sourceId: row.sourceId, conflict: row.conflict, alignment: row.alignment, reason: row.reason, version: row.version, updatedAt: row.updatedAt,
});

export async function setSourceConflictAlignment(
  viewer: Viewer, sourceId: number, conflictId: number, input: SetConflictAlignmentInput, ip?: string,
) {
  requireRole(viewer, conflictRoles.setSourceAlignment);
  const { alignmentSlug, reason, version } = SetConflictAlignmentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const source = await lockLiveSource(tx, sourceId);
    await requireConflictRow(tx, conflictId);
    const before = await tx.sourceConflictAlignment.findUnique({ where: { sourceId_conflictId: { sourceId, conflictId } }, select: currentSelect });
    if (version !== undefined && version !== (before?.version ?? 0)) {
      throw conflict('Someone changed this source’s alignment in this conflict since you read it.', before ? toAnswer(before) : null);
    }
    if (before && before.alignmentSlug === alignmentSlug) return toAnswer(before);
    const alignment = await tx.alignment.findUnique({ where: { slug: alignmentSlug }, select: { retiredAt: true } });
    if (!alignment) throw invalid('Unknown alignment.', { alignmentSlug: ['Choose an existing alignment.'] });
    if (alignment.retiredAt) throw invalid('That alignment is retired.', { alignmentSlug: ['This alignment is retired.'] });
    const key = { sourceId_conflictId: { sourceId, conflictId } };
    const after = before
      ? await tx.sourceConflictAlignment.update({ where: key, data: { alignmentSlug, reason, version: { increment: 1 } }, select: currentSelect })
      : await tx.sourceConflictAlignment.create({ data: { sourceId, conflictId, alignmentSlug, reason }, select: currentSelect });
    await tx.sourceAlignmentChange.create({
      data: { sourceId, conflictId, fromSlug: before?.alignmentSlug ?? source.alignmentSlug, toSlug: alignmentSlug, reason, authorId: viewer.id },
    });
    const answer = toAnswer(after);
    await recordAudit(tx, {
      actor: viewer, action: 'source.conflict_alignment.set', entityType: 'source', entityId: sourceId,
      before: before ? toAnswer(before) : { conflictId, defaultAlignment: source.alignmentSlug }, after: answer, ip,
    });
    return answer;
  });
}

export async function removeSourceConflictAlignment(
  viewer: Viewer, sourceId: number, conflictId: number, input: RemoveConflictAlignmentInput, ip?: string,
) {
  requireRole(viewer, conflictRoles.removeSourceAlignment);
  const { reason, version } = RemoveConflictAlignmentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const source = await lockLiveSource(tx, sourceId);
    const found = await requireConflictRow(tx, conflictId);
    const before = await tx.sourceConflictAlignment.findUnique({ where: { sourceId_conflictId: { sourceId, conflictId } }, select: currentSelect });
    if (!before) throw notFound('An alignment of this source in this conflict');
    if (version !== undefined && version !== before.version) {
      throw conflict('Someone changed this source’s alignment in this conflict since you read it.', toAnswer(before));
    }
    await tx.sourceConflictAlignment.delete({ where: { sourceId_conflictId: { sourceId, conflictId } } });
    await tx.sourceAlignmentChange.create({
      data: { sourceId, conflictId, fromSlug: before.alignmentSlug, toSlug: source.alignmentSlug, reason, authorId: viewer.id },
    });
    const fallback = await tx.alignment.findUniqueOrThrow({ where: { slug: source.alignmentSlug }, select: alignmentRefSelect });
    const answer = { sourceId, conflict: found, alignment: fallback };
    await recordAudit(tx, {
      actor: viewer, action: 'source.conflict_alignment.remove', entityType: 'source', entityId: sourceId,
      before: toAnswer(before), after: { ...answer, reason }, ip,
    });
    return answer;
  });
}
