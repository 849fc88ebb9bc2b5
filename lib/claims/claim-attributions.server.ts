import 'server-only';
import { db } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { invalid, notFound } from '@/lib/errors';
import { AddAttributionSchema, RemoveAttributionSchema, type AddAttributionInput } from '@/lib/attributions/attribution-schemas';
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
 * Removes an attribution. Whatever relayed it now relays what it repeated, so a chain closes
 * over the gap instead of breaking (a removed root leaves its relays as roots).
 */
export async function removeAttribution(viewer: Viewer, claimId: number, attributionId: number, input: unknown = {}, ip?: string) {
  requireRole(viewer, attributionRoles.remove);
  const { version } = RemoveAttributionSchema.parse(input ?? {});
  return db.$transaction(async (tx) => {
    const before = await requireLiveSnapshot(tx, viewer, claimId);
    if (version !== undefined && version !== before.version) throw staleClaim(before);
    const target = before.attributions.find((x) => x.id === attributionId);
    if (!target) throw notFound('Attribution');
    await tx.attribution.updateMany({ where: { claimId, relaysId: attributionId }, data: { relaysId: target.relaysId } });
    await tx.attribution.delete({ where: { id: attributionId } });
    await refreshProvenanceCounts(tx, claimId);
    if (!(await bumpClaimVersion(tx, claimId, before.version))) throw staleClaim(before);
    return recordClaimChange(tx, { viewer, claimId, before, ip, action: 'attribution.remove' });
  });
}
