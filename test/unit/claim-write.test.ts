import { describe, expect, it } from 'vitest';
import { orderRelays } from '@/lib/attributions/relay-graph';
import { diffSnapshots, type ClaimSnapshot } from '@/lib/claims/claim-history';

describe('orderRelays', () => {
  it('orders every relay after what it repeats', () => {
    expect(orderRelays([{ role: 'relays', relaysIndex: 2 }, { role: 'relays', relaysIndex: 0 }, { role: 'asserts' }])).toEqual([2, 0, 1]);
  });
  it('refuses cycles, self-relays, dangling indexes and non-relays that point', () => {
    expect(() => orderRelays([{ role: 'relays', relaysIndex: 1 }, { role: 'relays', relaysIndex: 2 }, { role: 'relays', relaysIndex: 0 }])).toThrow(/cycle/);
    expect(() => orderRelays([{ role: 'relays', relaysIndex: 0 }])).toThrow(/itself/);
    expect(() => orderRelays([{ role: 'relays', relaysIndex: 3 }])).toThrow(/not in this claim/);
    expect(() => orderRelays([{ role: 'asserts' }, { role: 'asserts', relaysIndex: 0 }])).toThrow(/Only a relay/);
    expect(() => orderRelays([{ role: 'denies' }, { role: 'relays', relaysIndex: 0 }])).toThrow(/denial/);
  });
});

const base: ClaimSnapshot = {
  id: 1, text: 'Army retreated.', language: 'en', originalText: null, originalLanguage: null, occurredAt: '2020-06-30T00:00:00.000Z',
  occurredPrecision: 'day', placeName: 'Kansafrah', latitude: null, longitude: null, placePrecision: 'town', eventId: null, eventTitle: null,
  credibility: 6, credibilityReason: null, originCount: 1, carrierCount: 1, version: 1, deletedAt: null, parties: [], figures: [],
  attributions: [{ id: 10, role: 'asserts', sourceId: 1, sourceName: 'pro-militant sources', documentId: null, quoteExact: null, venue: null, statedAt: null, relaysId: null }],
};

describe('diffSnapshots', () => {
  it('describes a creation by its wording and attributions', () => {
    expect(diffSnapshots(null, base)).toEqual([
      { kind: 'added', field: 'Wording', value: 'Army retreated.' },
      { kind: 'added', field: 'Attribution', value: 'pro-militant sources asserts' },
    ]);
  });
  it('lists changed fields in words and added or removed attributions and figures', () => {
    const after: ClaimSnapshot = {
      ...base, version: 2, credibility: 4, occurredAt: '2020-07-01T00:00:00.000Z',
      figures: [{ measure: 'killed', subject: 'soldiers', min: 5, max: null, wording: null }],
      attributions: [...base.attributions, { id: 11, role: 'relays', sourceId: 2, sourceName: 'South Front', documentId: 3, quoteExact: 'forced to retreat', venue: null, statedAt: '2020-07-01T00:00:00.000Z', relaysId: 10 }],
    };
    expect(diffSnapshots(base, after)).toEqual([
      { kind: 'changed', field: 'When it happened', before: '2020-06-30', after: '2020-07-01' },
      { kind: 'changed', field: 'Credibility', before: '6', after: '4' },
      { kind: 'added', field: 'Attribution', value: 'South Front relays (repeating pro-militant sources) “forced to retreat” on 2020-07-01' },
      { kind: 'added', field: 'Figure', value: 'killed: at least 5 soldiers' },
    ]);
  });
});
