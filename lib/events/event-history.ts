import type { EventSnapshot } from './event-snapshot-schema';

// What changed between two readable event snapshots, as lines a reader can scan. Pure, so the
// diff is unit-testable and any stored shape can be fed through it.

export type EventChange = { field: string; before: string | null; after: string | null };

const FIELDS: [keyof EventSnapshot, string][] = [
  ['title', 'Title'],
  ['summary', 'Summary'],
  ['startsAt', 'Starts'],
  ['endsAt', 'Ends'],
  ['placeName', 'Place'],
  ['latitude', 'Latitude'],
  ['longitude', 'Longitude'],
  ['placePrecision', 'Place precision'],
  ['conflictId', 'Conflict'],
  ['deletedAt', 'Deleted'],
  ['reviewStatus', 'Review status'],
  ['assigneeName', 'Assigned to'],
];

/** Kept only since the review desk: a snapshot without them says nothing about them. */
const LATER_FIELDS = new Set<string>(['reviewStatus', 'assigneeName']);

const shown = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const shownField = (key: string, v: unknown) => (key === 'reviewStatus' && typeof v === 'string' ? v.replaceAll('_', ' ') : shown(v));

/** Every field that differs; against nothing (the first revision), every field that is set. */
export function diffEventSnapshots(before: EventSnapshot | null, after: EventSnapshot): EventChange[] {
  const changes: EventChange[] = [];
  for (const [key, field] of FIELDS) {
    if (LATER_FIELDS.has(key) && (after[key] === undefined || (before && before[key] === undefined))) continue;
    if (!before && key === 'reviewStatus') continue;
    const was = before ? shownField(key, before[key]) : null;
    const now = shownField(key, after[key]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}
