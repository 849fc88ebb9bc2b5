import 'server-only';
import { db, type Tx } from '@/lib/db';
import { DomainError, invalid, notFound } from '@/lib/errors';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { lockClaimsForWrite } from '@/lib/claims/lock-claims.server';
import { canonicalPair } from './canonical-pair';
import { CreateRelationSchema, RELATION_LABELS, type CreateRelationInput } from './relation-schemas';
import { relationRoles } from './relation-permissions';

export const relationRow = {
  id: true,
  claimAId: true,
  claimBId: true,
  type: true,
  subjectClaimId: true,
  disputes: true,
  note: true,
  createdById: true,
  createdAt: true,
} as const;

async function requireLiveClaim(tx: Tx, id: number) {
  return tx.claim.findFirst({ where: { id, deletedAt: null, mergedIntoId: null }, select: { id: true } });
}

function pairRefusal(existingType: string, wantedType: string): DomainError {
  const clash =
    (existingType === 'contradicts' && wantedType === 'supports') ||
    (existingType === 'supports' && wantedType === 'contradicts');
  if (clash) {
    return new DomainError(
      409,
      'contradictory_relation',
      `These claims are already linked as "${existingType}"; a pair cannot both contradict and support. Remove that link first.`,
      { type: [`Already linked as ${existingType}.`] },
    );
  }
  return new DomainError(
    409,
    'duplicate_relation',
    `These claims are already linked (${RELATION_LABELS[existingType as keyof typeof RELATION_LABELS]}); a pair is stored once whatever the direction.`,
    { targetClaimId: [`Already linked as ${existingType}.`] },
  );
}

/**
 * Links the claim `claimId` to another. The pair is stored once in canonical order; a self-link,
 * any second relation on the same pair (whatever the direction or type), or a link to a
 * deleted or merged claim is refused and nothing is written.
 */
export async function createRelation(viewer: Viewer, claimId: number, input: CreateRelationInput, ip?: string) {
  requireRole(viewer, relationRoles.link);
  const data = CreateRelationSchema.parse(input);
  if (data.targetClaimId === claimId) {
    throw invalid('A claim cannot be related to itself.', { targetClaimId: ['Choose a different claim.'] });
  }
  const pair = canonicalPair(claimId, data.targetClaimId);
  const subjectClaimId =
    data.type !== 'supports' ? null : data.direction === 'supported_by' ? data.targetClaimId : claimId;
  try {
    return await db.$transaction(async (tx) => {
      // Both rows locked (id order) before the checks, so a merge running now either finishes
      // first (and this is refused, 409 `merged`) or waits until the relation exists and moves it.
      await lockClaimsForWrite(tx, [claimId, data.targetClaimId]);
      if (!(await requireLiveClaim(tx, claimId))) throw notFound('Claim');
      if (!(await requireLiveClaim(tx, data.targetClaimId))) {
        throw invalid('The other claim does not exist.', { targetClaimId: ['No such claim.'] });
      }
      const existing = await tx.claimRelation.findUnique({
        where: { claimAId_claimBId: pair },
        select: { type: true },
      });
      if (existing) throw pairRefusal(existing.type, data.type);
      const created = await tx.claimRelation.create({
        data: {
          ...pair,
          type: data.type,
          subjectClaimId,
          disputes: data.type === 'contradicts' ? data.disputes : [],
          note: data.note ?? null,
          createdById: viewer.id,
        },
        select: relationRow,
      });
      await recordAudit(tx, {
        actor: viewer,
        action: 'relation.create',
        entityType: 'claim_relation',
        entityId: created.id,
        before: null,
        after: created,
        ip,
      });
      return created;
    });
  } catch (e) {
    // Two reviewers linking the same pair at once: the unique index decides, same answer.
    if ((e as { code?: string })?.code === 'P2002') {
      const now = await db.claimRelation.findUnique({ where: { claimAId_claimBId: pair }, select: { type: true } });
      throw pairRefusal(now?.type ?? data.type, data.type);
    }
    throw e;
  }
}

/** Removes a relation; the audit entry keeps what it was. */
export async function deleteRelation(viewer: Viewer, relationId: number, ip?: string) {
  requireRole(viewer, relationRoles.unlink);
  return db.$transaction(async (tx) => {
    const before = await tx.claimRelation.findUnique({ where: { id: relationId }, select: relationRow });
    if (!before) throw notFound('Relation');
    await tx.claimRelation.delete({ where: { id: relationId } });
    await recordAudit(tx, {
      actor: viewer,
      action: 'relation.delete',
      entityType: 'claim_relation',
      entityId: relationId,
      before,
      after: null,
      ip,
    });
    return before;
  });
}
