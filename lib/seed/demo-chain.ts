// Relay chains of the founding example. Unnamed groups' own words were never seen, so their
// assertions carry no document; each outlet's hop carries the quote from its own copy.
import type { DemoAttribution } from './demo-data';

export const SF = 'southfront-2020-07-01';
export const GR = 'globalresearch-2020-07-02';
export const SF_DATE = '2020-07-01T00:00:00Z';
export const GR_DATE = '2020-07-02T00:00:00Z';
export const UNSC = 'UN Security Council meeting, 29 June 2020';
export const UNSC_DATE = '2020-06-29T00:00:00Z';

/** Root (an unnamed group, or South Front's own reporting) → South Front → Global Research. */
export function chain(claim: string, quote: string, rootKey?: string, root?: Partial<DemoAttribution>): DemoAttribution[] {
  const gr: DemoAttribution = {
    key: `${claim}:global-research`, sourceKey: 'global-research', role: 'relays',
    relaysKey: `${claim}:south-front`, documentKey: GR, quote, statedAt: GR_DATE,
  };
  if (!rootKey) {
    return [{ key: `${claim}:south-front`, sourceKey: 'south-front', role: 'asserts', documentKey: SF, quote, statedAt: SF_DATE }, gr];
  }
  return [
    { key: `${claim}:${rootKey}`, sourceKey: rootKey, role: 'asserts', ...root },
    { key: `${claim}:south-front`, sourceKey: 'south-front', role: 'relays', relaysKey: `${claim}:${rootKey}`,
      documentKey: SF, quote, statedAt: SF_DATE },
    gr,
  ];
}

export const ONE_SIDED = 'Reported by one partisan outlet without a named source, and not confirmed elsewhere in the record.';
