import { orderByProvenance } from '@/lib/claims/provenance-order';

// What the attribution editor offers, worked out from the claim's hops before the user tries:
// which hops a relay may repeat (never itself, a denial, or one downstream of it) and which hops
// cannot be removed yet because others relay them. The server checks the same rules again.

export type EditableHop = {
  id: number;
  role: 'asserts' | 'relays' | 'denies';
  sourceId: number;
  sourceName: string;
  relaysId: number | null;
  venue: string | null;
  /** ISO date-time, or null. */
  statedAt: string | null;
  quoteExact: string | null;
  documentId: number | null;
};

/** The hops of a claim (the page's, an edit's answer or a 409's current claim) in provenance order, with only what the editor reads. */
export function hopsOf(attributions: readonly EditableHop[]): (EditableHop & { depth: number })[] {
  return orderByProvenance(attributions.map((a) => ({
    id: a.id, role: a.role, sourceId: a.sourceId, sourceName: a.sourceName, relaysId: a.relaysId,
    venue: a.venue, statedAt: a.statedAt, quoteExact: a.quoteExact, documentId: a.documentId,
  })));
}

/** "South Front relays (#12)": how a hop is named in choices and messages. */
export const hopLabel = (h: Pick<EditableHop, 'id' | 'sourceName' | 'role'>) => `${h.sourceName} ${h.role} (#${h.id})`;

/** The hops that repeat `id`: while any remain, `id` cannot be removed (the server's own rule). */
export { relayersOf } from '@/lib/attributions/relay-graph';

/** Hops `id` may relay: not itself, not a denial, not one whose chain already runs through `id`. */
export function relayTargetsFor(hops: readonly EditableHop[], id: number | null): EditableHop[] {
  const byId = new Map(hops.map((h) => [h.id, h]));
  const downstreamOf = (candidate: EditableHop) => {
    const seen = new Set<number>();
    for (let at: number | null = candidate.relaysId; at != null && !seen.has(at); at = byId.get(at)?.relaysId ?? null) {
      if (at === id) return true;
      seen.add(at);
    }
    return false;
  };
  return hops.filter((h) => h.id !== id && h.role !== 'denies' && !(id !== null && downstreamOf(h)));
}

export const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
