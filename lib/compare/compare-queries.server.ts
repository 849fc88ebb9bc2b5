import 'server-only';
import { db } from '@/lib/db';
import { requireReader, type Viewer } from '@/lib/auth/viewer';
import { notFound } from '@/lib/errors';
import { getClaim } from '@/lib/claims/claim-queries.server';
import type { ClaimDetail } from '@/lib/claims/claim-types';
import type { AlignmentRef } from '@/lib/alignments/alignment-types';
import { locateQuote } from '@/lib/documents/locate-quote';
import type { Dispute } from '@/lib/generated/prisma/enums';
import { buildFigureAxes } from './figure-axis';
import type { CompareClaim, CompareField, CompareRelation, Comparison, QuoteContext } from './compare-types';

const CONTEXT_CHARS = 160;

/** Which rows of the side-by-side view each kind of disagreement is about. */
export const DISPUTE_FIELDS: Record<Dispute, CompareField[]> = {
  occurrence: ['wording'],
  responsibility: ['parties'],
  figures: ['figures'],
  time: ['date'],
  place: ['place'],
  characterisation: ['wording'],
};

export function fieldsForDisputes(disputes: readonly Dispute[]): CompareField[] {
  return [...new Set(disputes.flatMap((d) => DISPUTE_FIELDS[d]))];
}

// A merged claim stands for the one it was merged into, so old compare links keep working.
async function resolveClaim(viewer: Viewer, id: number): Promise<ClaimDetail> {
  let claim = await getClaim(viewer, id);
  for (let hops = 0; claim?.mergedIntoId != null && hops < 5; hops++) claim = await getClaim(viewer, claim.mergedIntoId);
  if (!claim || claim.mergedIntoId != null) throw notFound(`Claim #${id}`);
  return claim;
}

async function quoteContexts(claims: ClaimDetail[]): Promise<Map<number, QuoteContext>> {
  const wanted = claims.flatMap((c) => c.attributions).filter((a) => a.quote && a.document);
  const documentIds = [...new Set(wanted.map((a) => a.document!.id))];
  if (documentIds.length === 0) return new Map();
  const documents = await db.document.findMany({ where: { id: { in: documentIds } }, select: { id: true, text: true } });
  const textOf = new Map(documents.map((d) => [d.id, d.text]));
  const contexts = new Map<number, QuoteContext>();
  for (const a of wanted) {
    const text = textOf.get(a.document!.id);
    const at = text ? locateQuote(text, a.quote!.exact, a.quote!.start) : null;
    if (!text || !at) continue;
    contexts.set(a.id, {
      before: text.slice(Math.max(0, at.start - CONTEXT_CHARS), at.start),
      exact: text.slice(at.start, at.end),
      after: text.slice(at.end, at.end + CONTEXT_CHARS),
    });
  }
  return contexts;
}

function assertingAlignments(claim: ClaimDetail): AlignmentRef[] {
  const seen = new Map<string, AlignmentRef>();
  for (const role of ['asserts', 'relays'] as const) {
    for (const a of claim.attributions) if (a.role === role) seen.set(a.source.alignment.slug, a.source.alignment);
    if (seen.size) break;
  }
  return [...seen.values()];
}

function firstAsserted(claim: ClaimDetail): Date | null {
  const times = claim.attributions
    .filter((a) => a.role !== 'denies')
    .map((a) => a.statedAt ?? a.document?.publishedAt ?? null)
    .filter((d): d is Date => d !== null)
    .map((d) => d.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}

/**
 * The side-by-side payload for two to six claims: each claim's fields, the relations among
 * them with what they dispute, and the rows in dispute, plus stated figures on shared axes.
 */
export async function getComparison(viewer: Viewer, ids: readonly number[]): Promise<Comparison> {
  requireReader(viewer);
  const details = await Promise.all(ids.map((id) => resolveClaim(viewer, id)));
  const unique = [...new Map(details.map((d) => [d.id, d])).values()];
  const resolved = unique.map((d) => d.id);
  const [contexts, rows] = await Promise.all([
    quoteContexts(unique),
    db.claimRelation.findMany({
      where: { claimAId: { in: resolved }, claimBId: { in: resolved } },
      select: { id: true, type: true, claimAId: true, claimBId: true, subjectClaimId: true, disputes: true, note: true },
      orderBy: { id: 'asc' },
    }),
  ]);

  const relations: CompareRelation[] = rows.map((r) => ({
    ...r,
    fieldsInDispute: r.type === 'contradicts' ? fieldsForDisputes(r.disputes) : [],
  }));
  const fieldsInDispute: Record<number, CompareField[]> = {};
  for (const id of resolved) {
    const mine = relations.filter((r) => r.claimAId === id || r.claimBId === id).flatMap((r) => r.fieldsInDispute);
    fieldsInDispute[id] = [...new Set(mine)];
  }

  const claims: CompareClaim[] = unique.map((detail) => {
    const { relations: _r, externalId: _e, latitude: _la, longitude: _lo, reviewStatus: _rs, assignee: _as, ...claim } = detail;
    return {
      ...claim,
      attributions: claim.attributions.map((a) => ({ ...a, context: contexts.get(a.id) ?? null })),
      alignments: assertingAlignments(detail),
      firstAssertedAt: firstAsserted(detail),
    };
  });
  return { ids: resolved, claims, relations, fieldsInDispute, figureAxes: buildFigureAxes(claims) };
}
