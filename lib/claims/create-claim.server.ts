import 'server-only';
import { db, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { invalid } from '@/lib/errors';
import { orderRelays } from '@/lib/attributions/relay-graph';
import { checkDocumentAndQuote, requireSources } from '@/lib/attributions/attribution-checks.server';
import { refreshProvenanceCounts } from './provenance-counts.server';
import { createEventInTx } from '@/lib/events/create-event.server';
import { recordClaimChange } from './claim-snapshot.server';
import { getClaim } from './claim-queries.server';
import { CreateClaimSchema, type CreateClaimData, type CreateClaimInput } from './claim-write-schemas';
import { claimRoles } from './claim-permissions';

export async function requireEvent(tx: Tx, eventId: number | null | undefined) {
  if (eventId == null) return;
  // A share lock: a deletion of the event (which moves its claims) waits for this claim, or
  // this claim waits for the deletion and then finds the event gone.
  const [found] = await sqlRows<{ id: number }>(Prisma.sql`SELECT id FROM events WHERE id = ${eventId} AND deleted_at IS NULL FOR SHARE`, { tx });
  if (!found) throw invalid('Unknown event.', { eventId: ['No such event.'] });
}

export async function requirePartySources(tx: Tx, parties: CreateClaimData['parties']) {
  const refs = (parties ?? []).flatMap((p, i) => (p.sourceId ? [{ sourceId: p.sourceId, field: `parties.${i}.sourceId` }] : []));
  if (refs.length) await requireSources(tx, refs);
}

/**
 * A claim with all its attributions, parties, figures and (optionally) a new event, in one
 * transaction: any bad part refuses the whole request and nothing is written.
 */
export async function createClaim(viewer: Viewer, input: CreateClaimInput, ip?: string) {
  requireRole(viewer, claimRoles.create);
  const data = CreateClaimSchema.parse(input);
  data.attributions.forEach((a, i) => {
    if (a.relaysId != null) {
      throw invalid('A relay must point at an attribution of this claim.', { [`attributions.${i}.relaysId`]: ['That attribution belongs to another claim.'] });
    }
  });
  const order = orderRelays(data.attributions);

  const { id } = await db.$transaction(async (tx) => {
    await requireSources(tx, data.attributions.map((a, i) => ({ sourceId: a.sourceId, field: `attributions.${i}.sourceId` })));
    await requirePartySources(tx, data.parties);
    await requireEvent(tx, data.eventId);
    const checked = await Promise.all(data.attributions.map((a, i) => checkDocumentAndQuote(tx, a, `attributions.${i}`)));
    const eventId = data.newEvent ? (await createEventInTx(tx, viewer, data.newEvent, ip, 'newEvent.conflictId')).id : (data.eventId ?? null);

    const { attributions, parties, figures, newEvent: _newEvent, eventId: _eventId, ...fields } = data;
    const claim = await tx.claim.create({
      data: {
        ...fields,
        eventId,
        createdById: viewer.id,
        parties: { create: (parties ?? []).map((p) => ({ role: p.role, name: p.name, sourceId: p.sourceId ?? null })) },
        figures: { create: figures ?? [] },
      },
      select: { id: true },
    });

    const ids = new Map<number, number>();
    for (const i of order) {
      const a = attributions[i];
      const { quote, documentId } = checked[i];
      const created = await tx.attribution.create({
        data: {
          claimId: claim.id,
          sourceId: a.sourceId,
          role: a.role,
          documentId,
          quoteExact: quote?.exact ?? null,
          quotePrefix: quote?.prefix ?? null,
          quoteSuffix: quote?.suffix ?? null,
          quoteStart: quote?.start ?? null,
          venue: a.venue ?? null,
          statedAt: a.statedAt ?? null,
          relaysId: a.relaysIndex != null ? ids.get(a.relaysIndex)! : null,
          createdById: viewer.id,
        },
        select: { id: true },
      });
      ids.set(i, created.id);
    }
    await refreshProvenanceCounts(tx, claim.id);
    return recordClaimChange(tx, { viewer, claimId: claim.id, action: 'create', before: null, ip });
  });
  return (await getClaim(viewer, id))!;
}
