import { buildProvenanceChains, type ProvenanceRole } from './provenance';

// The claim page lists attributions once each, in provenance order: a chain's root, then what
// relays it, depth-first ("pro-militant sources → South Front → Global Research"), using the
// same chains as the origin count. Denials, outside every chain, come last at depth 0.

export type RelayLink = { id: number; role: ProvenanceRole; relaysId: number | null };

export function orderByProvenance<T extends RelayLink>(items: readonly T[]): (T & { depth: number })[] {
  const out: (T & { depth: number })[] = [];
  const seen = new Set<number>();
  const add = (item: T, depth: number) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    out.push({ ...item, depth });
  };
  for (const chain of buildProvenanceChains(items)) chain.forEach((item, depth) => add(item, depth));
  // Denials, and a relay cycle (which has no root): nothing is dropped.
  for (const item of items) add(item, 0);
  return out;
}
