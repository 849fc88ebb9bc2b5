import { describe, expect, it } from 'vitest';
import {
  buildProvenanceChains,
  countCarriers,
  countIndependentOrigins,
  summariseProvenance,
  type ProvenanceAttribution,
} from '@/lib/claims/provenance';

type A = ProvenanceAttribution<number>;
const asserts = (id: number, sourceId: number, extra: Partial<A> = {}): A => ({ id, role: 'asserts', relaysId: null, sourceId, ...extra });
const relays = (id: number, sourceId: number, relaysId: number | null): A => ({ id, role: 'relays', relaysId, sourceId });
const ids = (chains: A[][]) => chains.map((c) => c.map((a) => a.id));

describe('buildProvenanceChains', () => {
  it('follows pro-militant sources → South Front → Global Research as one three-hop chain', () => {
    const attributions = [relays(3, 30, 2), asserts(1, 10, { sourceKind: 'unnamed_group', alignmentSlug: 'pro-militant' }), relays(2, 20, 1)];
    expect(ids(buildProvenanceChains(attributions))).toEqual([[1, 2, 3]]);
  });

  it('gives one chain per leaf when a root is relayed twice, and separate chains per root', () => {
    const attributions = [asserts(1, 10), relays(2, 20, 1), relays(3, 30, 1), asserts(4, 40)];
    expect(ids(buildProvenanceChains(attributions))).toEqual([[1, 2], [1, 3], [4]]);
  });

  it('leaves denials out and starts a chain at a relay whose origin is not recorded', () => {
    const attributions = [{ ...asserts(1, 10), role: 'denies' as const }, relays(2, 20, 1), relays(3, 30, 99)];
    expect(ids(buildProvenanceChains(attributions))).toEqual([[2], [3]]);
  });

  it('cuts a relay cycle instead of looping', () => {
    const attributions = [asserts(1, 10), relays(2, 20, 3), relays(3, 30, 2), relays(4, 40, 4)];
    expect(ids(buildProvenanceChains(attributions))).toEqual([[1], [4]]);
  });

  it('works with string keys, as the seed uses', () => {
    const chains = buildProvenanceChains([
      { id: 'a', role: 'asserts', relaysId: null },
      { id: 'b', role: 'relays', relaysId: 'a' },
    ]);
    expect(chains.map((c) => c.map((x) => x.id))).toEqual([['a', 'b']]);
  });
});

describe('origins and carriers', () => {
  it('counts "3 outlets, 1 origin" for a relayed claim', () => {
    const attributions = [asserts(1, 10, { sourceKind: 'unnamed_group', alignmentSlug: 'pro-militant' }), relays(2, 20, 1), relays(3, 30, 2)];
    expect(summariseProvenance(attributions)).toEqual({ originCount: 1, carrierCount: 3 });
  });

  it('counts unnamed groups once per alignment but named sources separately', () => {
    const attributions = [
      asserts(1, 10, { sourceKind: 'unnamed_group', alignmentSlug: 'pro-militant' }),
      asserts(2, 11, { sourceKind: 'unnamed_group', alignmentSlug: 'pro-militant' }),
      asserts(3, 12, { sourceKind: 'unnamed_group', alignmentSlug: 'pro-government' }),
      asserts(4, 13, { sourceKind: 'outlet', alignmentSlug: 'pro-militant' }),
      asserts(5, 14, { sourceKind: 'outlet', alignmentSlug: 'pro-militant' }),
    ];
    expect(countIndependentOrigins(attributions)).toBe(4);
  });

  it('counts one origin when one source starts two chains, and one carrier per source', () => {
    const attributions = [asserts(1, 10), asserts(2, 10), relays(3, 20, 1), relays(4, 20, 2)];
    expect(countIndependentOrigins(attributions)).toBe(1);
    expect(countCarriers(attributions)).toBe(2);
  });

  it('counts neither origins nor carriers for denials', () => {
    const attributions = [asserts(1, 10), { ...asserts(2, 20), role: 'denies' as const }];
    expect(summariseProvenance(attributions)).toEqual({ originCount: 1, carrierCount: 1 });
    expect(summariseProvenance([])).toEqual({ originCount: 0, carrierCount: 0 });
  });
});
