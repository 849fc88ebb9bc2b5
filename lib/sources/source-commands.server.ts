import 'server-only';
import { db, type Tx } from '@/lib/db';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { hasRole, requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { CreateSourceSchema, UpdateSourceSchema, type CreateSourceInput, type UpdateSourceInput } from './source-schemas';
import { sourceRoles } from './source-permissions';

const sourceRow = {
  id: true, name: true, kind: true, alignmentSlug: true, country: true, language: true, aliases: true,
  description: true, homepage: true, representsId: true, reliability: true, ratingVersion: true, version: true,
} as const;

async function requireLiveAlignment(tx: Tx, slug: string) {
  const alignment = await tx.alignment.findUnique({ where: { slug }, select: { retiredAt: true } });
  if (!alignment) throw invalid('Unknown alignment.', { alignmentSlug: ['Choose an existing alignment.'] });
  if (alignment.retiredAt) throw invalid('That alignment is retired.', { alignmentSlug: ['This alignment is retired.'] });
}

async function requireRepresented(tx: Tx, representsId: number | null | undefined, selfId?: number) {
  if (representsId == null) return;
  if (representsId === selfId) throw invalid('A source cannot represent itself.', { representsId: ['Choose another source.'] });
  const found = await tx.source.findUnique({ where: { id: representsId }, select: { id: true } });
  if (!found) throw invalid('Unknown represented source.', { representsId: ['No such source.'] });
}

export async function createSource(viewer: Viewer, input: CreateSourceInput, ip?: string) {
  requireRole(viewer, sourceRoles.create);
  const data = CreateSourceSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireLiveAlignment(tx, data.alignmentSlug);
    await requireRepresented(tx, data.representsId);
    const created = await tx.source.create({ data: { ...data, aliases: data.aliases ?? [] }, select: sourceRow });
    // The first alignment is history too: the timeline starts where the source does.
    await tx.sourceAlignmentChange.create({
      data: { sourceId: created.id, fromSlug: null, toSlug: created.alignmentSlug, reason: 'Source created.', authorId: viewer.id },
    });
    await recordAudit(tx, { actor: viewer, action: 'source.create', entityType: 'source', entityId: created.id, before: null, after: created, ip });
    return created;
  });
}

/**
 * Edits a source. Details need a reviewer; changing the alignment needs an editor and a reason,
 * kept in source_alignment_changes because it changes how every claim of the source reads.
 */
export async function updateSource(viewer: Viewer, sourceId: number, input: UpdateSourceInput, ip?: string) {
  requireRole(viewer, sourceRoles.editDetails);
  const { version, alignmentReason, ...changes } = UpdateSourceSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: sourceRow });
    if (!before) throw notFound('Source');
    const realigning = changes.alignmentSlug !== undefined && changes.alignmentSlug !== before.alignmentSlug;
    if (realigning) {
      if (!hasRole(viewer, sourceRoles.changeAlignment)) throw forbidden('Changing a source’s alignment needs an editor.');
      if (!alignmentReason) throw invalid('Say why the alignment changes.', { alignmentReason: ['Give a reason for the new alignment.'] });
      await requireLiveAlignment(tx, changes.alignmentSlug!);
    } else {
      delete changes.alignmentSlug;
    }
    await requireRepresented(tx, changes.representsId, sourceId);
    const bumped = await updateAtVersion(tx.source, { id: sourceId }, version, changes);
    if (bumped === null) {
      throw conflict('Someone edited this source since you opened it.', before);
    }
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: sourceRow });
    if (realigning) {
      await tx.sourceAlignmentChange.create({
        data: { sourceId, fromSlug: before.alignmentSlug, toSlug: after.alignmentSlug, reason: alignmentReason!, authorId: viewer.id },
      });
    }
    await recordAudit(tx, {
      actor: viewer,
      action: realigning ? 'source.realign' : 'source.update',
      entityType: 'source',
      entityId: sourceId,
      before,
      after: realigning ? { ...after, alignmentReason } : after,
      ip,
    });
    return after;
  });
}
