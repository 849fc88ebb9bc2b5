import 'server-only';
import { db, sqlExecute, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { invalid, notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { summariseProvenance } from '@/lib/claims/provenance';
import { lockClaimsForWrite } from '@/lib/claims/lock-claims.server';
import { canonicalPair, otherSide } from './canonical-pair';
import { relationRow } from './relation-commands.server';
import { relationRoles } from './relation-permissions';

const claimSnapshot = {
  id: true, text: true, language: true, originalText: true, originalLanguage: true, occurredAt: true,
  occurredPrecision: true, placeName: true, latitude: true, longitude: true, placePrecision: true,
  eventId: true, credibility: true, credibilityReason: true, originCount: true, carrierCount: true,
  version: true, deletedAt: true, mergedIntoId: true,
  parties: { select: { role: true, name: true, sourceId: true }, orderBy: { id: 'asc' } },
  figures: { select: { measure: true, subject: true, min: true, max: true, wording: true }, orderBy: { id: 'asc' } },
} as const;

type RelationRow = Prisma.ClaimRelationGetPayload<{ select: typeof relationRow }>;

// Both rows locked in id order (as every claim write locks them), so a merge cannot interleave
// with another merge or with a write to either claim; a claim already merged is a 409 `merged`.
async function lockLiveClaims(tx: Tx, keepId: number, mergeId: number) {
  await lockClaimsForWrite(tx, [keepId, mergeId]);
  const [keep, merge] = await Promise.all([
    tx.claim.findUnique({ where: { id: keepId }, select: claimSnapshot }),
    tx.claim.findUnique({ where: { id: mergeId }, select: claimSnapshot }),
  ]);
  if (!keep || keep.deletedAt || keep.mergedIntoId) throw notFound('Claim');
  if (!merge || merge.deletedAt || merge.mergedIntoId) {
    throw invalid('The duplicate does not exist or was already merged.', { mergeId: ['No such live claim.'] });
  }
  return { keep, merge };
}

/**
 * Folds the merged claim's attributions that repeat one of the kept claim (same source, role,
 * document and quote) into it: relays of the dropped copy now relay the kept one, and the copy
 * is deleted. Returns each dropped id with the id it was folded into. Only first hops fold: a
 * relay is a path through another hop, and two relays that look alike may relay different hops.
 */
async function foldDuplicateAttributions(tx: Tx, keepId: number, mergeId: number) {
  const folds = await sqlRows<{ droppedId: number; keptId: number }>(Prisma.sql`
    SELECT m.id AS "droppedId", k.kept_id AS "keptId"
    FROM attributions m
    CROSS JOIN LATERAL (
      SELECT min(k.id) AS kept_id FROM attributions k
      WHERE k.claim_id = ${keepId} AND k.source_id = m.source_id AND k.role = m.role
        AND k.document_id IS NOT DISTINCT FROM m.document_id AND k.quote_exact IS NOT DISTINCT FROM m.quote_exact
        AND k.relays_id IS NULL
    ) k
    WHERE m.claim_id = ${mergeId} AND m.relays_id IS NULL AND k.kept_id IS NOT NULL
    ORDER BY m.id`, { tx });
  for (const { droppedId, keptId } of folds) {
    await tx.attribution.updateMany({ where: { relaysId: droppedId }, data: { relaysId: keptId } });
  }
  if (folds.length) await tx.attribution.deleteMany({ where: { id: { in: folds.map((f) => f.droppedId) } } });
  return folds.map((f) => ({ droppedId: Number(f.droppedId), keptId: Number(f.keptId) }));
}

/**
 * Moves the merged claim's relations onto the kept one. A relation that would become a
 * self-link (the pair itself) or a second relation on an existing pair is dropped; the dropped
 * rows are returned so the audit entry keeps them.
 */
async function moveRelations(tx: Tx, keepId: number, mergeId: number) {
  const ofMerged = await tx.claimRelation.findMany({
    where: { OR: [{ claimAId: mergeId }, { claimBId: mergeId }] },
    select: relationRow,
    orderBy: { id: 'asc' },
  });
  const moved: RelationRow[] = [];
  const dropped: (RelationRow & { reason: string })[] = [];
  for (const relation of ofMerged) {
    const other = otherSide(relation, mergeId);
    if (other === keepId) {
      dropped.push({ ...relation, reason: 'self' });
      continue;
    }
    const pair = canonicalPair(keepId, other);
    const clash = await tx.claimRelation.findUnique({ where: { claimAId_claimBId: pair }, select: { id: true } });
    if (clash) {
      dropped.push({ ...relation, reason: `duplicate of relation ${clash.id}` });
      continue;
    }
    const subjectClaimId = relation.subjectClaimId === mergeId ? keepId : relation.subjectClaimId;
    moved.push(await tx.claimRelation.update({ where: { id: relation.id }, data: { ...pair, subjectClaimId }, select: relationRow }));
  }
  if (dropped.length) await tx.claimRelation.deleteMany({ where: { id: { in: dropped.map((d) => d.id) } } });
  return { moved, dropped };
}

/**
 * Folds a duplicate (`mergeId`) into the claim that stays (`keepId`), in one transaction: its
 * attributions (one it shares with the kept claim folds into that one; relay links stay within the kept claim), relations and revision history move;
 * the duplicate keeps its row, marked merged, so old links redirect. Needs an editor and a
 * `same_as` relation between the two.
 */
export async function mergeClaims(viewer: Viewer, keepId: number, mergeId: number, ip?: string) {
  requireRole(viewer, relationRoles.merge);
  if (keepId === mergeId) throw invalid('A claim cannot be merged into itself.', { mergeId: ['Choose a different claim.'] });
  return db.$transaction(async (tx) => {
    const { keep, merge } = await lockLiveClaims(tx, keepId, mergeId);
    const link = await tx.claimRelation.findUnique({
      where: { claimAId_claimBId: canonicalPair(keepId, mergeId) },
      select: { type: true },
    });
    if (link?.type !== 'same_as') {
      throw invalid('Only claims linked as the same claim (same_as) can be merged.', { mergeId: ['Link them as same_as first.'] });
    }

    // One statement moves every attribution, so each relay and what it relays change claim
    // together; the composite relay key is deferrable, deferred here for the same reason.
    await sqlExecute(Prisma.sql`SET CONSTRAINTS attributions_relay_same_claim DEFERRED`, { tx });
    const foldedAttributions = await foldDuplicateAttributions(tx, keepId, mergeId);
    const movedAttributions = await sqlRows<{ id: number }>(Prisma.sql`
      UPDATE attributions SET claim_id = ${keepId} WHERE claim_id = ${mergeId} RETURNING id`, { tx });
    const relations = await moveRelations(tx, keepId, mergeId);
    const movedRevisions = await sqlRows<{ id: number }>(Prisma.sql`
      UPDATE claim_revisions SET claim_id = ${keepId} WHERE claim_id = ${mergeId} RETURNING id`, { tx });

    const attributions = await tx.attribution.findMany({
      where: { claimId: keepId },
      select: { id: true, role: true, relaysId: true, sourceId: true, source: { select: { kind: true, alignmentSlug: true } } },
    });
    const counts = summariseProvenance(
      attributions.map(({ source, ...a }) => ({ ...a, sourceKind: source.kind, alignmentSlug: source.alignmentSlug })),
    );
    await tx.claim.update({ where: { id: mergeId }, data: { mergedIntoId: keepId, version: { increment: 1 } } });
    const kept = await tx.claim.update({
      where: { id: keepId },
      data: { ...counts, version: { increment: 1 } },
      select: claimSnapshot,
    });

    const moved = {
      attributionIds: movedAttributions.map((a) => Number(a.id)),
      relationIds: relations.moved.map((r) => r.id),
      revisionIds: movedRevisions.map((r) => Number(r.id)),
    };
    await tx.claimRevision.create({
      data: {
        claimId: keepId,
        version: kept.version,
        action: 'merge',
        reason: `Claim #${mergeId} merged into this claim as a duplicate.`,
        snapshot: JSON.parse(JSON.stringify({ claim: kept, merged: merge, moved, foldedAttributions, droppedRelations: relations.dropped })),
        authorId: viewer.id,
      },
    });
    await recordAudit(tx, {
      actor: viewer,
      action: 'claim.merge',
      entityType: 'claim',
      entityId: keepId,
      before: { kept: keep, merged: merge },
      after: { kept, mergedId: mergeId, moved, foldedAttributions, droppedRelations: relations.dropped },
      ip,
    });
    return { keptId: keepId, mergedId: mergeId, ...moved, droppedRelationIds: relations.dropped.map((d) => d.id) };
  });
}
