import 'server-only';
import type { Tx } from '@/lib/db';
import { updateAtVersion } from '@/lib/db/update-at-version';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ClaimSnapshot } from './claim-history';
import { asClaimReviewStatus } from './claim-types';
import type { AnswerOf } from '@/lib/api/route-contract';
import type { ClaimStateAnswer, ClaimStateSchema } from './claim-answers';

const snapshotSelect = {
  id: true, text: true, language: true, originalText: true, originalLanguage: true,
  occurredAt: true, occurredPrecision: true, placeName: true, latitude: true, longitude: true, placePrecision: true,
  eventId: true, credibility: true, credibilityReason: true, originCount: true, carrierCount: true,
  version: true, deletedAt: true, reviewStatus: true, assigneeId: true,
  event: { select: { title: true } },
  assignee: { select: { name: true } },
  parties: { select: { role: true, name: true, sourceId: true }, orderBy: { id: 'asc' } },
  figures: { select: { measure: true, subject: true, min: true, max: true, wording: true }, orderBy: { id: 'asc' } },
  attributions: {
    select: {
      id: true, role: true, sourceId: true, documentId: true, quoteExact: true, venue: true, statedAt: true, relaysId: true,
      anchorStatus: true, source: { select: { name: true } },
    },
    orderBy: { id: 'asc' },
  },
} as const;

/**
 * What a claim is right now, as the JSON a revision keeps (dates as ISO strings): the ClaimState
 * answer of edits, so the revision and the answer cannot drift apart.
 */
export async function snapshotClaim(tx: Tx, claimId: number): Promise<ClaimStateAnswer | null> {
  const row = await tx.claim.findUnique({ where: { id: claimId }, select: snapshotSelect });
  if (!row) return null;
  const { event, assignee, attributions, ...claim } = row;
  const state = {
    ...claim,
    reviewStatus: asClaimReviewStatus(claim.reviewStatus),
    eventTitle: event?.title ?? null,
    assigneeName: assignee?.name ?? null,
    attributions: attributions.map(({ source, ...a }) => ({ ...a, sourceName: source.name })),
  } satisfies AnswerOf<typeof ClaimStateSchema>;
  return JSON.parse(JSON.stringify(state)) as ClaimStateAnswer;
}

type RevisionInput = { viewer: NonNullable<Viewer>; claimId: number; action: string; reason?: string | null; before: ClaimSnapshot | null; ip?: string };

/**
 * After a claim change, inside its transaction: one claim_revisions row (the new snapshot,
 * what was done, why, by whom) and one audit entry with before and after.
 */
export async function recordClaimChange(tx: Tx, r: RevisionInput): Promise<ClaimStateAnswer> {
  const after = await snapshotClaim(tx, r.claimId);
  if (!after) throw new Error(`claim ${r.claimId} vanished inside its own transaction`);
  // Claims loaded by the seed or an import have no revision yet: keep their first state too.
  if (r.before && (await tx.claimRevision.count({ where: { claimId: r.claimId } })) === 0) {
    await tx.claimRevision.create({
      data: { claimId: r.claimId, version: r.before.version, action: 'recorded', snapshot: r.before as object, authorId: null },
    });
  }
  await tx.claimRevision.create({
    data: { claimId: r.claimId, version: after.version, action: r.action, reason: r.reason ?? null, snapshot: after as object, authorId: r.viewer.id },
  });
  await recordAudit(tx, { actor: r.viewer, action: `claim.${r.action}`, entityType: 'claim', entityId: r.claimId, before: r.before, after, ip: r.ip });
  return after;
}

/** Bumps the version only if nobody else did first; false means the caller read a stale version. */
export async function bumpClaimVersion(tx: Tx, claimId: number, version: number, data: Prisma.ClaimUpdateManyMutationInput = {}): Promise<boolean> {
  return (await updateAtVersion(tx.claim, { id: claimId }, version, data)) !== null;
}
