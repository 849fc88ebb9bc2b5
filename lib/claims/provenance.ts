// Provenance of one claim: the chains from whoever first said it through every relay hop, and
// the two numbers that keep repetition from passing for corroboration ("4 outlets, 1 origin").
// Pure, so the claim page, the seed and the write path count the same way.

export type ProvenanceRole = 'asserts' | 'relays' | 'denies';

export type ProvenanceAttribution<K = number> = {
  id: K;
  role: ProvenanceRole;
  relaysId: K | null;
  sourceId: K;
  /** Unnamed groups ("pro-militant sources") are one origin per alignment, not one per label. */
  sourceKind?: string;
  alignmentSlug?: string;
};

type Link = { id: unknown; role: ProvenanceRole; relaysId: unknown };

/**
 * Every chain root → … → last hop, one per leaf, in input order. Denials are not part of any
 * chain, and a relay of something unrecorded starts its own chain; a relay cycle (bad data)
 * is cut rather than followed forever.
 */
export function buildProvenanceChains<A extends Link>(attributions: readonly A[]): A[][] {
  const chained = attributions.filter((a) => a.role !== 'denies');
  const ids = new Set(chained.map((a) => a.id));
  const children = new Map<unknown, A[]>();
  const roots: A[] = [];
  for (const a of chained) {
    if (a.relaysId != null && a.relaysId !== a.id && ids.has(a.relaysId)) {
      children.set(a.relaysId, [...(children.get(a.relaysId) ?? []), a]);
    } else {
      roots.push(a);
    }
  }

  const chains: A[][] = [];
  const walk = (node: A, path: A[]) => {
    const here = [...path, node];
    const next = (children.get(node.id) ?? []).filter((c) => !here.includes(c));
    if (next.length === 0) chains.push(here);
    for (const child of next) walk(child, here);
  };
  for (const root of roots) walk(root, []);
  return chains;
}

function originKey<K>(root: ProvenanceAttribution<K>): string {
  if (root.sourceKind === 'unnamed_group') return `unnamed:${root.alignmentSlug ?? 'unknown'}`;
  return `source:${String(root.sourceId)}`;
}

/** Distinct roots of the claim's chains, by speaker; unnamed groups count once per alignment. */
export function countIndependentOrigins<K>(attributions: readonly ProvenanceAttribution<K>[]): number {
  const keys = new Set(buildProvenanceChains(attributions).map((chain) => originKey(chain[0])));
  return keys.size;
}

/** Distinct sources that assert or relay the claim (denials carry nothing). */
export function countCarriers<K>(attributions: readonly ProvenanceAttribution<K>[]): number {
  return new Set(attributions.filter((a) => a.role !== 'denies').map((a) => a.sourceId)).size;
}

export function summariseProvenance<K>(attributions: readonly ProvenanceAttribution<K>[]): {
  originCount: number;
  carrierCount: number;
} {
  return { originCount: countIndependentOrigins(attributions), carrierCount: countCarriers(attributions) };
}
