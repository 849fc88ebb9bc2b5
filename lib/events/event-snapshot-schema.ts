import { z } from 'zod';

// The JSON an event revision keeps (dates as ISO strings), as the history reads it. Revisions
// this app writes always match; the schema guards rows from elsewhere or from an older version,
// so a snapshot that does not parse is shown as unreadable, never a broken page. Loose: a
// snapshot may carry more than the history reads.

const text = z.string().max(100_000);
const stamp = z.string().max(100);

export const EventSnapshotSchema = z.looseObject({
  id: z.number().int().optional(),
  title: text,
  summary: text.nullable(),
  startsAt: stamp.nullable(),
  endsAt: stamp.nullable(),
  placeName: text.nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  placePrecision: z.string().max(100).nullable(),
  conflictId: z.number().int().nullable().optional(),
  version: z.number().int().optional(),
  deletedAt: stamp.nullable().optional(),
  // Kept since the review desk; older snapshots lack them and are not compared on them.
  reviewStatus: z.string().max(100).optional(),
  assigneeName: text.nullable().optional(),
});

export type EventSnapshot = z.output<typeof EventSnapshotSchema>;

/** A stored snapshot, or null when it cannot be read. */
export function readEventSnapshot(raw: unknown): EventSnapshot | null {
  const parsed = EventSnapshotSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
