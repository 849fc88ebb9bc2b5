import { z } from 'zod';

// The JSON a claim revision keeps, as the history reads it. Revisions written by this app
// always match; the schema guards what comes from elsewhere (an exchange file, an old row), so a
// malformed snapshot is refused at the door or shown as unreadable, never a broken page.
// Objects are loose: a snapshot may carry more than the history reads, and keeps it.

const text = z.string().max(100_000);
const id = z.number().int();

export const SnapshotAttributionSchema = z.looseObject({
  id,
  role: z.string().max(100),
  sourceId: id.optional(),
  sourceName: text,
  documentId: id.nullable().optional(),
  quoteExact: text.nullable(),
  venue: text.nullable(),
  statedAt: z.string().max(100).nullable(),
  relaysId: id.nullable(),
  anchorStatus: z.string().max(100).optional(),
});

/** A claim's state after a change (every action except `merge`). */
export const ClaimStateSnapshotSchema = z.looseObject({
  id: id.optional(),
  text,
  language: z.string().max(100),
  originalText: text.nullable(),
  originalLanguage: z.string().max(100).nullable(),
  occurredAt: z.string().max(100).nullable(),
  occurredPrecision: z.string().max(100).nullable(),
  placeName: text.nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  placePrecision: z.string().max(100).nullable(),
  eventId: id.nullable().optional(),
  eventTitle: text.nullable(),
  credibility: z.number().int().min(1).max(6),
  credibilityReason: text.nullable(),
  version: id.optional(),
  deletedAt: z.string().max(100).nullable(),
  parties: z.array(z.looseObject({ role: z.string().max(100), name: text, sourceId: id.nullable().optional() })).max(10_000),
  figures: z.array(z.looseObject({
    measure: text, subject: text.nullable(), min: z.number().int().nullable(), max: z.number().int().nullable(), wording: text.nullable().optional(),
  })).max(10_000),
  attributions: z.array(SnapshotAttributionSchema).max(10_000),
  // Kept since the review desk; older snapshots lack them and are not compared on them.
  reviewStatus: z.string().max(100).optional(),
  assigneeName: text.nullable().optional(),
});

const MergedClaimSchema = z.looseObject({ id, text });

/** A merge: the kept claim and the duplicate folded into it (with what moved, not read here). */
export const MergeSnapshotSchema = z.looseObject({ claim: MergedClaimSchema, merged: MergedClaimSchema });

export type ClaimStateSnapshot = z.output<typeof ClaimStateSnapshotSchema>;
export type MergeSnapshot = z.output<typeof MergeSnapshotSchema>;

/** The schema a revision's snapshot must match, by the revision's action. */
export const snapshotSchemaFor = (action: string) => (action === 'merge' ? MergeSnapshotSchema : ClaimStateSnapshotSchema);

export type ReadSnapshot =
  | { kind: 'state'; snapshot: ClaimStateSnapshot }
  | { kind: 'merge'; snapshot: MergeSnapshot }
  | { kind: 'unreadable' };

export function readRevisionSnapshot(action: string, value: unknown): ReadSnapshot {
  if (action === 'merge') {
    const parsed = MergeSnapshotSchema.safeParse(value);
    return parsed.success ? { kind: 'merge', snapshot: parsed.data } : { kind: 'unreadable' };
  }
  const parsed = ClaimStateSnapshotSchema.safeParse(value);
  return parsed.success ? { kind: 'state', snapshot: parsed.data } : { kind: 'unreadable' };
}
