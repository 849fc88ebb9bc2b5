import 'server-only';
import { db, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { updateAtVersion } from '@/lib/db/update-at-version';
import { conflict, forbidden, invalid, notFound } from '@/lib/errors';
import { hasRole, requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import {
  CreateSourceSchema, SourceLifecycleSchema, UpdateSourceSchema, type CreateSourceInput, type SourceLifecycleInput, type UpdateSourceInput,
} from './source-schemas';
import { sourceRoles } from './source-permissions';
import { findDuplicateSources } from './source-lookup.server';
import { lockSourceNames } from './source-name-locks.server';
import { deletedSource, lockSourcesForWrite, mergedSource } from './lock-sources.server';
import { rewriteSourceLookupNames, writeSourceLookupNames } from './source-lookup-names.server';
import { duplicateSource, possibleDuplicate } from './source-duplicates';
import { replaceSourceIdentifiers } from './source-identifiers.server';

const sourceRow = {
  id: true, name: true, kind: true, alignmentSlug: true, country: true, language: true, aliases: true,
  description: true, homepage: true, representsId: true, reliability: true, ratingVersion: true, version: true,
  identifiers: { select: { kind: true, value: true }, orderBy: [{ kind: 'asc' as const }, { value: 'asc' as const }] },
} satisfies Prisma.SourceSelect;

async function requireLiveAlignment(tx: Tx, slug: string) {
  const alignment = await tx.alignment.findUnique({ where: { slug }, select: { retiredAt: true } });
  if (!alignment) throw invalid('Unknown alignment.', { alignmentSlug: ['Choose an existing alignment.'] });
  if (alignment.retiredAt) throw invalid('That alignment is retired.', { alignmentSlug: ['This alignment is retired.'] });
}

async function requireRepresented(tx: Tx, representsId: number | null | undefined, selfId?: number) {
  if (representsId == null) return;
  if (representsId === selfId) throw invalid('A source cannot represent itself.', { representsId: ['Choose another source.'] });
  const found = await tx.source.findUnique({ where: { id: representsId }, select: { id: true, mergedIntoId: true } });
  if (!found) throw invalid('Unknown represented source.', { representsId: ['No such source.'] });
  if (found.mergedIntoId !== null) throw mergedSource(representsId, found.mergedIntoId, 'representsId');
}

export async function createSource(viewer: Viewer, input: CreateSourceInput, ip?: string) {
  requireRole(viewer, sourceRoles.create);
  const { confirmNew, identifiers, ...data } = CreateSourceSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireLiveAlignment(tx, data.alignmentSlug);
    await requireRepresented(tx, data.representsId);
    // One record per real-world source: a name or alias already taken is refused, a similar one
    // is asked about first (decision 012). The locks make two concurrent creates take turns.
    const names = [data.name, ...(data.aliases ?? [])];
    await lockSourceNames(tx, names);
    const duplicates = await findDuplicateSources(tx, names);
    if (duplicates.exact) throw duplicateSource(duplicates.exact);
    if (duplicates.near.length && !confirmNew) throw possibleDuplicate(duplicates.near);
    const { id } = await tx.source.create({ data: { ...data, aliases: data.aliases ?? [] }, select: { id: true } });
    const taken = await replaceSourceIdentifiers(tx, id, identifiers ?? [], viewer.id);
    const created = await tx.source.findUniqueOrThrow({ where: { id }, select: sourceRow });
    await writeSourceLookupNames(tx, [created]);
    await rewriteSourceLookupNames(tx, (taken?.takenFrom ?? []).map((t) => t.sourceId));
    // The first alignment is history too: the timeline starts where the source does.
    await tx.sourceAlignmentChange.create({
      data: { sourceId: created.id, fromSlug: null, toSlug: created.alignmentSlug, reason: 'Source created.', authorId: viewer.id },
    });
    const after = {
      ...created,
      ...(duplicates.near.length ? { confirmedDespite: duplicates.near.map((c) => c.id) } : {}),
      ...(taken?.takenFrom.length ? { identifiersTakenFrom: taken.takenFrom } : {}),
    };
    await recordAudit(tx, { actor: viewer, action: 'source.create', entityType: 'source', entityId: created.id, before: null, after, ip });
    return created;
  });
}

/**
 * Edits a source. Details need a reviewer; changing the alignment needs an editor and a reason,
 * kept in source_alignment_changes because it changes how every claim of the source reads.
 */
export async function updateSource(viewer: Viewer, sourceId: number, input: UpdateSourceInput, ip?: string) {
  requireRole(viewer, sourceRoles.editDetails);
  const { version, alignmentReason, identifiers, ...changes } = UpdateSourceSchema.parse(input);
  return db.$transaction(async (tx) => {
    const locked = await lockSourcesForWrite(tx, [sourceId]);
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: sourceRow });
    if (!before) throw notFound('Source');
    if (locked.get(sourceId)?.deletedAt) throw deletedSource(sourceId);
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
    const taken = identifiers === undefined ? null : await replaceSourceIdentifiers(tx, sourceId, identifiers, viewer.id);
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: sourceRow });
    if (changes.name !== undefined || changes.aliases !== undefined || taken) await writeSourceLookupNames(tx, [after]);
    if (taken?.takenFrom.length) await rewriteSourceLookupNames(tx, taken.takenFrom.map((t) => t.sourceId));
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
      after: { ...after, ...(realigning ? { alignmentReason } : {}), ...(taken?.takenFrom.length ? { identifiersTakenFrom: taken.takenFrom } : {}) },
      ip,
    });
    return after;
  });
}

// ——— Delete and restore ———
// A source is deleted only when nothing refers to it: no attribution (on any claim, deleted ones
// included, since those can be restored), no claim naming it as a party, no document it
// published and no source that represents it. Otherwise the record would lose a speaker; the way
// to retire a duplicate that is in use is to merge it into the other source. Ratings and
// alignment changes are the source's own history and stay with it.

const stateRow = { ...sourceRow, deletedAt: true } as const;

async function lockSource(tx: Tx, sourceId: number) {
  await lockSourcesForWrite(tx, [sourceId]);
  const row = await tx.source.findUnique({ where: { id: sourceId }, select: stateRow });
  if (!row) throw notFound('Source');
  return row;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What still refers to a source, counted under the source's row lock. */
async function usesOf(tx: Tx, sourceId: number) {
  const [row] = await sqlRows<{ claims: number; parties: number; documents: number; represented: number }>(Prisma.sql`
    SELECT (SELECT count(DISTINCT claim_id)::int FROM attributions WHERE source_id = ${sourceId}) AS claims,
      (SELECT count(DISTINCT claim_id)::int FROM claim_parties WHERE source_id = ${sourceId}) AS parties,
      (SELECT count(*)::int FROM documents WHERE publisher_id = ${sourceId}) AS documents,
      (SELECT count(*)::int FROM sources WHERE represents_id = ${sourceId}) AS represented`, { tx });
  return { claims: Number(row.claims), parties: Number(row.parties), documents: Number(row.documents), representedBy: Number(row.represented) };
}

export async function deleteSource(viewer: Viewer, sourceId: number, input: SourceLifecycleInput = {}, ip?: string) {
  requireRole(viewer, sourceRoles.delete);
  const { version, reason } = SourceLifecycleSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await lockSource(tx, sourceId);
    if (before.deletedAt) throw conflict('This source is already deleted.', before);
    if (version !== undefined && version !== before.version) throw conflict('Someone edited this source since you opened it.', before);
    const uses = await usesOf(tx, sourceId);
    if (uses.claims > 0) {
      throw conflict(
        `${plural(uses.claims, 'claim uses', 'claims use')} this source, so it cannot be deleted; merge it into another source instead.`,
        { ...before, uses },
      );
    }
    const others = [
      uses.parties && `named as a party in ${plural(uses.parties, 'claim', 'claims')}`,
      uses.documents && `the publisher of ${plural(uses.documents, 'document', 'documents')}`,
      uses.representedBy && `represented by ${plural(uses.representedBy, 'source', 'sources')}`,
    ].filter(Boolean);
    if (others.length) {
      throw conflict(`This source is ${others.join(', ')}, so it cannot be deleted; merge it into another source instead.`, { ...before, uses });
    }
    if (await updateAtVersion(tx.source, { id: sourceId }, before.version, { deletedAt: new Date(), deletedById: viewer.id }) === null) {
      throw conflict('Someone edited this source since you opened it.', before);
    }
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: stateRow });
    await recordAudit(tx, { actor: viewer, action: 'source.delete', entityType: 'source', entityId: sourceId, before, after: { ...after, reason }, ip });
    return after;
  });
}

export async function restoreSource(viewer: Viewer, sourceId: number, input: SourceLifecycleInput = {}, ip?: string) {
  requireRole(viewer, sourceRoles.restore);
  const { version, reason } = SourceLifecycleSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await lockSource(tx, sourceId);
    if (!before.deletedAt) throw conflict('This source is not deleted.', before);
    if (version !== undefined && version !== before.version) throw conflict('Someone edited this source since you opened it.', before);
    if (await updateAtVersion(tx.source, { id: sourceId }, before.version, { deletedAt: null, deletedById: null }) === null) {
      throw conflict('Someone edited this source since you opened it.', before);
    }
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: stateRow });
    await recordAudit(tx, { actor: viewer, action: 'source.restore', entityType: 'source', entityId: sourceId, before, after: { ...after, reason }, ip });
    return after;
  });
}
