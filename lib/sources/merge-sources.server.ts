import 'server-only';
import { db, sqlExecute, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { DomainError, invalid, notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { MergeSourcesSchema, type MergeSourcesInput } from './source-schemas';
import { sourceRoles } from './source-permissions';
import { mergedSource } from './lock-sources.server';
import { writeSourceLookupNames } from './source-lookup-names.server';
import { moveSourceRows } from './merge-source-rows.server';

const sourceSnapshot = {
  id: true, name: true, kind: true, alignmentSlug: true, country: true, language: true, aliases: true,
  description: true, homepage: true, representsId: true, reliability: true, ratingVersion: true, version: true,
  deletedAt: true, mergedIntoId: true,
  identifiers: { select: { kind: true, value: true }, orderBy: [{ kind: 'asc' }, { value: 'asc' }] },
} satisfies Prisma.SourceSelect;

/**
 * Recounts the provenance of the claims whose attributions moved, in the merge's transaction.
 * Provided by the caller: the counting belongs to claims, which build on sources.
 */
export type RecountClaims = (tx: Tx, claimIds: number[]) => Promise<void>;

const staleVersion = (current: unknown) =>
  new DomainError(409, 'conflict', 'Someone edited this source since you opened it.', { version: ['Reload the source and try again.'] }, current);

/**
 * Claims that name either source (as a speaker or a party) are locked first, in id order, as
 * every claim write locks them before the sources it names; then both source rows, in id order.
 */
async function lockBoth(tx: Tx, keptId: number, mergeId: number) {
  const claims = await sqlRows<{ id: number }>(Prisma.sql`
    SELECT id FROM claims WHERE id IN (
      SELECT claim_id FROM attributions WHERE source_id = ${mergeId}
      UNION SELECT claim_id FROM claim_parties WHERE source_id = ${mergeId})
    ORDER BY id FOR UPDATE`, { tx });
  await sqlRows(Prisma.sql`SELECT id FROM sources WHERE id IN (${keptId}, ${mergeId}) ORDER BY id FOR UPDATE`, { tx });
  const [kept, merged] = await Promise.all([
    tx.source.findUnique({ where: { id: keptId }, select: sourceSnapshot }),
    tx.source.findUnique({ where: { id: mergeId }, select: sourceSnapshot }),
  ]);
  if (!kept) throw notFound('Source');
  if (kept.mergedIntoId !== null) throw mergedSource(keptId, kept.mergedIntoId, 'id');
  if (kept.deletedAt) throw new DomainError(409, 'conflict', 'This source is deleted; restore it before merging into it.', { id: ['Restore this source first.'] }, kept);
  if (!merged) throw invalid('Unknown source to merge.', { mergeId: ['No such source.'] });
  if (merged.mergedIntoId !== null) throw mergedSource(mergeId, merged.mergedIntoId, 'mergeId');
  if (merged.deletedAt) throw invalid('That source is deleted.', { mergeId: ['This source is deleted; restore it first.'] });
  return { kept, merged, claimIds: claims.map((c) => Number(c.id)) };
}

/** The merged source's name and aliases join the kept source's aliases (its own name left out). */
function mergedAliases(kept: { name: string; aliases: string[] }, merged: { name: string; aliases: string[] }) {
  const have = new Set([kept.name, ...kept.aliases].map((n) => n.toLocaleLowerCase()));
  const added: string[] = [];
  for (const name of [merged.name, ...merged.aliases]) {
    const key = name.toLocaleLowerCase();
    if (!have.has(key)) {
      have.add(key);
      added.push(name);
    }
  }
  return added;
}

/**
 * Folds a duplicate record (`mergeId`) into the source that stays (`keptId`), in one
 * transaction: everything that names the duplicate moves to the kept source (see
 * moveSourceRows), its names become aliases, and the grade the editor chose is written as a new
 * rating revision with its rationale. The duplicate keeps its row, marked merged, so its
 * address redirects and writes to it are 409 `merged`. The audit entry lists every moved id by
 * kind, so the merge can be read back and undone by hand.
 */
export async function mergeSources(viewer: Viewer, keptId: number, input: MergeSourcesInput, recountClaims: RecountClaims, ip?: string) {
  requireRole(viewer, sourceRoles.merge);
  const { mergeId, reason, version, keepRating, ratingRationale } = MergeSourcesSchema.parse(input);
  if (mergeId === keptId) throw invalid('A source cannot be merged into itself.', { mergeId: ['Choose another source.'] });
  return db.$transaction(async (tx) => {
    const { kept, merged, claimIds } = await lockBoth(tx, keptId, mergeId);
    if (version !== kept.version) throw staleVersion(kept);

    const moved = await moveSourceRows(tx, kept, merged);
    if (claimIds.length) await recountClaims(tx, claimIds);

    const aliasesAdded = mergedAliases(kept, merged);
    const reliability = keepRating === 'merged' ? merged.reliability : kept.reliability;
    const now = new Date();
    await tx.source.update({ where: { id: mergeId }, data: { mergedIntoId: keptId, mergedAt: now, version: { increment: 1 } } });
    const after = await tx.source.update({
      where: { id: keptId },
      data: {
        aliases: [...kept.aliases, ...aliasesAdded],
        representsId: moved.keptRepresentsId,
        reliability,
        ratingVersion: { increment: 1 },
        version: { increment: 1 },
      },
      select: sourceSnapshot,
    });
    const ratingRevision = await tx.ratingRevision.create({
      data: {
        sourceId: keptId, version: after.ratingVersion, reliability, previous: kept.reliability,
        rationale: ratingRationale, authorId: viewer.id,
      },
      select: { id: true, version: true, reliability: true, previous: true, rationale: true },
    });

    // The kept source answers to every name and identifier both had; the duplicate to none.
    await writeSourceLookupNames(tx, [after]);
    await sqlExecute(Prisma.sql`DELETE FROM source_lookup_names WHERE source_id = ${mergeId}`, { tx });

    const { keptRepresentsId: _k, ...movedIds } = moved;
    const record = { mergedId: mergeId, reason, keepRating, ratingRevisionId: ratingRevision.id, aliasesAdded, moved: movedIds, recountedClaimIds: claimIds };
    await recordAudit(tx, {
      actor: viewer, action: 'source.merge', entityType: 'source', entityId: keptId,
      before: { kept, merged }, after: { kept: after, ...record }, ip,
    });
    await recordAudit(tx, {
      actor: viewer, action: 'source.merged', entityType: 'source', entityId: mergeId,
      before: merged, after: { mergedIntoId: keptId, mergedAt: now, reason }, ip,
    });
    const { deletedAt: _d, mergedIntoId: _m, ...keptSource } = after;
    return { kept: keptSource, mergedId: mergeId, mergedAt: now, aliasesAdded, ratingRevision, moved: movedIds };
  });
}
