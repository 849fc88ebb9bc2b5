import 'server-only';
import { db } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { DomainError, invalid, notFound } from '@/lib/errors';
import {
  AddAttributionSchema, EditAttributionSchema, RemoveAttributionSchema,
  type AddAttributionInput, type EditAttributionInput, type RemoveAttributionInput,
} from '@/lib/attributions/attribution-schemas';
import { checkRelayTarget, relayersOf } from '@/lib/attributions/relay-graph';
import { checkDocumentAndQuote, requireSources } from '@/lib/attributions/attribution-checks.server';
import { attributionRoles } from '@/lib/attributions/attribution-permissions';
import { bumpClaimVersion, recordClaimChange } from './claim-snapshot.server';
import { requireLiveSnapshot, staleClaim } from './edit-claim.server';
import { refreshProvenanceCounts } from './provenance-counts.server';

/** One more attribution of an existing claim; a relay must repeat an attribution of the same claim. */
export async function addAttribution(viewer: Viewer, claimId: number, input: AddAttributionInput, ip?: string) {
  requireRole(viewer, attributionRoles.add);
  const { version, relaysId, ...a } = AddAttributionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await requireLiveSnapshot(tx, viewer, claimId);
    if (version !== undefined && version !== before.version) throw staleClaim(before);
    if (relaysId != null) {
      if (a.role !== 'relays') throw invalid('Only a relay can point at another attribution.', { relaysId: ['Only relays repeat someone.'] });
      const target = before.attributions.find((x) => x.id === relaysId);
      if (!target) throw invalid('A relay must point at an attribution of this claim.', { relaysId: ['That attribution belongs to another claim.'] });
      if (target.role === 'denies') throw invalid('A relay cannot repeat a denial.', { relaysId: ['Relay an assertion or another relay.'] });
    }
    await requireSources(tx, [{ sourceId: a.sourceId, field: 'sourceId' }]);
    const { documentId, quote } = await checkDocumentAndQuote(tx, a, 'attribution');
    const created = await tx.attribution.create({
      data: {
        claimId, sourceId: a.sourceId, role: a.role, documentId,
        quoteExact: quote?.exact ?? null, quotePrefix: quote?.prefix ?? null, quoteSuffix: quote?.suffix ?? null, quoteStart: quote?.start ?? null,
        venue: a.venue ?? null, statedAt: a.statedAt ?? null, relaysId: relaysId ?? null, createdById: viewer.id,
      },
      select: { id: true },
    });
    await refreshProvenanceCounts(tx, claimId);
    if (!(await bumpClaimVersion(tx, claimId, before.version))) throw staleClaim(before);
    const after = await recordClaimChange(tx, { viewer, claimId, before, ip, action: 'attribution.add' });
    return { attributionId: created.id, claim: after };
  });
}

/**
 * Corrects a hop's role, venue, date or what it relays, at the version the reviewer read.
 * Becoming an assertion or a denial drops what it relayed; a hop others relay cannot become a
 * denial (nothing relays a denial), and a re-pointed relay may not close a cycle.
 */
export async function editAttribution(viewer: Viewer, claimId: number, attributionId: number, input: EditAttributionInput, ip?: string) {
  requireRole(viewer, attributionRoles.edit);
  const { version, reason, role: newRole, relaysId: newRelaysId, venue, statedAt } = EditAttributionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await requireLiveSnapshot(tx, viewer, claimId);
    if (version !== before.version) throw staleClaim(before);
    const target = before.attributions.find((x) => x.id === attributionId);
    if (!target) throw notFound('Attribution');
    const role = newRole ?? target.role;
    const relaysId = newRelaysId !== undefined ? newRelaysId : role === 'relays' ? target.relaysId : null;
    if (role !== target.role || relaysId !== target.relaysId) checkRelayTarget(before.attributions, attributionId, role, relaysId);
    const relayers = relayersOf(before.attributions, attributionId);
    if (role === 'denies' && relayers.length) {
      throw invalid(`A denial cannot be relayed, and ${namesOf(relayers)} relay this hop; re-point them first.`, { role: ['Re-point the hops that relay this one first.'] });
    }
    await tx.attribution.update({ where: { id: attributionId }, data: { role, relaysId, venue, statedAt }, select: { id: true } });
    await refreshProvenanceCounts(tx, claimId);
    if (!(await bumpClaimVersion(tx, claimId, before.version))) throw staleClaim(before);
    return recordClaimChange(tx, { viewer, claimId, before, ip, action: 'attribution.edit', reason });
  });
}

const namesOf = (hops: { id: number; sourceName: string }[]) => hops.map((h) => `${h.sourceName} (#${h.id})`).join(', ');

/** 409 `relayed`: the hop is what others repeat, so removing it would cut their chain. */
const relayedHop = (relayers: { id: number; sourceName: string }[]) =>
  new DomainError(409, 'relayed', `${namesOf(relayers)} relay this attribution; re-point or remove them first.`, {
    attributionId: [`Relayed by ${namesOf(relayers)}.`],
  }, { relayedBy: relayers.map(({ id, sourceName }) => ({ id, sourceName })) });

/**
 * Removes an attribution, with the reason kept in the history. A hop others relay is refused
 * (409 `relayed`, naming them): which hop they really repeated is the reviewer's call, not a guess.
 */
export async function removeAttribution(viewer: Viewer, claimId: number, attributionId: number, input: RemoveAttributionInput = {}, ip?: string) {
  requireRole(viewer, attributionRoles.remove);
  const { version, reason } = RemoveAttributionSchema.parse(input ?? {});
  return db.$transaction(async (tx) => {
    const before = await requireLiveSnapshot(tx, viewer, claimId);
    if (version !== undefined && version !== before.version) throw staleClaim(before);
    const target = before.attributions.find((x) => x.id === attributionId);
    if (!target) throw notFound('Attribution');
    const relayers = relayersOf(before.attributions, attributionId);
    if (relayers.length) throw relayedHop(relayers);
    await tx.attribution.delete({ where: { id: attributionId } });
    await refreshProvenanceCounts(tx, claimId);
    if (!(await bumpClaimVersion(tx, claimId, before.version))) throw staleClaim(before);
    return recordClaimChange(tx, { viewer, claimId, before, ip, action: 'attribution.remove', reason });
  });
}
