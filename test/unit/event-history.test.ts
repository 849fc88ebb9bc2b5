// An event's history reads stored snapshots leniently: any JSON either reads as a snapshot or
// is reported unreadable, and the diff lists exactly the fields that differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffEventSnapshots } from '@/lib/events/event-history';
import { readEventSnapshot } from '@/lib/events/event-snapshot-schema';

const state = {
  id: 1, title: 'Clashes near Kansafrah', summary: null, startsAt: '2020-06-30T00:00:00.000Z', endsAt: null,
  placeName: 'Kansafrah', latitude: 35.69, longitude: 36.47, placePrecision: 'district', version: 1, deletedAt: null,
};

describe('event snapshots', () => {
  it('reads what the app writes, and keeps fields it does not know', () => {
    expect(readEventSnapshot({ ...state, conflict: 'Idlib' })).toMatchObject({ title: 'Clashes near Kansafrah', conflict: 'Idlib' });
  });

  it('an older snapshot without deletedAt still reads', () => {
    const { deletedAt: _gone, ...older } = state;
    expect(readEventSnapshot(older)).not.toBeNull();
  });

  it('garbage is unreadable, never a throw', () => {
    for (const raw of [null, 'text', 42, [], { title: 42 }, { ...state, latitude: 'north' }]) expect(readEventSnapshot(raw)).toBeNull();
    fc.assert(fc.property(fc.jsonValue(), (raw) => {
      const read = readEventSnapshot(raw);
      if (read) expect(() => diffEventSnapshots(null, read)).not.toThrow();
    }), { numRuns: 500 });
  });

  it('the diff names each changed field with before and after', () => {
    const after = { ...state, title: 'Clashes near Kansafrah, 30 June – 1 July', endsAt: '2020-07-01T00:00:00.000Z', version: 2 };
    expect(diffEventSnapshots(state, after)).toEqual([
      { field: 'Title', before: 'Clashes near Kansafrah', after: 'Clashes near Kansafrah, 30 June – 1 July' },
      { field: 'Ends', before: null, after: '2020-07-01T00:00:00.000Z' },
    ]);
    expect(diffEventSnapshots(state, state)).toEqual([]);
  });
});
