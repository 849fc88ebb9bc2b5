import { z } from 'zod';
import {
  AnchorStatus, AttributionRole, DatePrecision, Dispute, PartyRole, PlacePrecision, Reliability, RelationType, SourceKind,
} from '@/lib/generated/prisma/enums';
import { snapshotSchemaFor } from '@/lib/claims/claim-snapshot-schema';
import { IDENTIFIER_KINDS } from '@/lib/sources/source-identifiers';

// The crosscheck-export format, version 1 (docs/exchange-format.md). One JSON object per line;
// records refer to each other by stable external ids, never by database ids. The same schemas
// validate every line on import, so the format and its checks cannot drift apart.

export const EXCHANGE_FORMAT = 'crosscheck-export';
export const EXCHANGE_VERSION = 1;

const date = z.iso.datetime({ offset: true });
const nullableDate = date.nullable();
// Generous caps: a line must never be refused for data the database itself accepts.
const text = (_max: number) => z.string().max(100_000);
const ref = z.string().min(1).max(200);
const email = z.string().min(3).max(320);

export const HeaderRecord = z.object({
  type: z.literal('header'),
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: date,
  generator: z.string().max(200),
  scope: z.object({ event: ref.nullable() }),
});

/** A name for an address the file states as an author; importing it creates no account. */
export const UserRecord = z.object({ type: z.literal('user'), email, name: text(200) });

export const AlignmentRecord = z.object({
  type: z.literal('alignment'),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64),
  label: text(200),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  description: text(2000).nullable(),
  sortOrder: z.number().int(),
  retiredAt: nullableDate,
  version: z.number().int().min(1),
  createdAt: date,
  updatedAt: date,
});

/** A conflict (theatre of war); events belong to one, and sources may be aligned differently in it. */
export const ConflictRecord = z.object({
  type: z.literal('conflict'),
  id: ref,
  name: text(200).min(1),
  description: text(4000).nullable(),
  version: z.number().int().min(1),
  createdBy: email.nullable(),
  createdAt: date,
  updatedAt: date,
});

export const SourceRecord = z.object({
  type: z.literal('source'),
  id: ref,
  name: text(500).min(1),
  kind: z.enum(SourceKind),
  alignment: z.string().max(64),
  country: text(100).nullable(),
  language: text(35).nullable(),
  aliases: z.array(text(500)).max(200),
  description: text(5000).nullable(),
  homepage: z.string().regex(/^https?:\/\//i).max(2000).nullable(),
  // Normalised on import as on any write; files written before identifiers existed have none.
  identifiers: z.array(z.object({ kind: z.enum(IDENTIFIER_KINDS), value: z.string().max(500) })).max(100).default([]),
  represents: ref.nullable(),
  reliability: z.enum(Reliability),
  ratingVersion: z.number().int().min(0),
  version: z.number().int().min(1),
  createdAt: date,
  updatedAt: date,
});

export const RatingRevisionRecord = z.object({
  type: z.literal('rating_revision'),
  source: ref,
  version: z.number().int().min(1),
  reliability: z.enum(Reliability),
  previous: z.enum(Reliability).nullable(),
  rationale: text(5000).min(1),
  author: email.nullable(),
  createdAt: date,
});

export const AlignmentChangeRecord = z.object({
  type: z.literal('alignment_change'),
  source: ref,
  /** Position in the source's alignment history (1 = first); with `source`, the natural key. */
  seq: z.number().int().min(1),
  from: z.string().max(64).nullable(),
  to: z.string().max(64),
  reason: text(5000).min(1),
  author: email.nullable(),
  createdAt: date,
  /** The conflict this change is about; absent or null for the source's default alignment. */
  conflict: ref.nullable().optional(),
});

/** A source's current alignment in one conflict, where it differs from its default. */
export const SourceConflictAlignmentRecord = z.object({
  type: z.literal('source_conflict_alignment'),
  source: ref,
  conflict: ref,
  alignment: z.string().max(64),
  reason: text(5000).min(1),
  version: z.number().int().min(1),
  updatedAt: date,
});

export const DocumentRecord = z.object({
  type: z.literal('document'),
  id: ref,
  url: z.string().regex(/^https?:\/\//i).max(4000),
  normalizedUrl: z.string().max(4000),
  title: text(2000),
  publisher: ref.nullable(),
  author: text(500).nullable(),
  publishedAt: nullableDate,
  retrievedAt: nullableDate,
  language: text(35).nullable(),
  text: z.string().max(5_000_000),
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
  capturedAt: date,
  sourceCredit: text(2000).nullable(),
  republishes: ref.nullable(),
  removedNoticedAt: nullableDate,
  createdBy: email.nullable(),
  version: z.number().int().min(1),
  createdAt: date,
  updatedAt: date,
});

const lat = z.number().min(-90).max(90).nullable();
const lng = z.number().min(-180).max(180).nullable();

export const EventRecord = z.object({
  type: z.literal('event'),
  id: ref,
  title: text(1000),
  summary: text(10000).nullable(),
  startsAt: nullableDate,
  endsAt: nullableDate,
  placeName: text(500).nullable(),
  latitude: lat,
  longitude: lng,
  placePrecision: z.enum(PlacePrecision).nullable(),
  /** The conflict it belongs to; absent in files from before conflicts existed. */
  conflict: ref.nullable().optional(),
  version: z.number().int().min(1),
  createdAt: date,
  updatedAt: date,
});

export const ClaimRecord = z.object({
  type: z.literal('claim'),
  id: ref,
  text: z.string().min(1).max(5000),
  language: text(35),
  originalText: text(20000).nullable(),
  originalLanguage: text(35).nullable(),
  occurredAt: nullableDate,
  occurredPrecision: z.enum(DatePrecision).nullable(),
  placeName: text(500).nullable(),
  latitude: lat,
  longitude: lng,
  placePrecision: z.enum(PlacePrecision).nullable(),
  event: ref.nullable(),
  credibility: z.number().int().min(1).max(6),
  credibilityReason: text(5000).nullable(),
  originCount: z.number().int().min(0),
  carrierCount: z.number().int().min(0),
  version: z.number().int().min(1),
  createdBy: email.nullable(),
  createdAt: date,
  updatedAt: date,
  deletedAt: nullableDate,
  deletedBy: email.nullable(),
  mergedInto: ref.nullable(),
  parties: z.array(z.object({ role: z.enum(PartyRole), name: text(500), source: ref.nullable() })).max(100),
  figures: z
    .array(z.object({
      measure: text(200), subject: text(500).nullable(), min: z.number().int().min(0).nullable(),
      max: z.number().int().min(0).nullable(), wording: text(1000).nullable(),
    }))
    .max(100),
});

export const ClaimRevisionRecord = z.object({
  type: z.literal('claim_revision'),
  claim: ref,
  seq: z.number().int().min(1),
  version: z.number().int(),
  action: text(100),
  reason: text(5000).nullable(),
  /** The claim as the history reads it (lib/claims/claim-snapshot-schema.ts); checked by action. */
  snapshot: z.unknown(),
  author: email.nullable(),
  createdAt: date,
}).superRefine((r, ctx) => {
  const checked = snapshotSchemaFor(r.action).safeParse(r.snapshot);
  if (checked.success) return;
  for (const issue of checked.error.issues) {
    ctx.addIssue({ code: 'custom', path: ['snapshot', ...issue.path], message: issue.message });
  }
});

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(20000),
  prefix: z.string().max(2000).nullable(),
  suffix: z.string().max(2000).nullable(),
});

export const AttributionRecord = z.object({
  type: z.literal('attribution'),
  id: ref,
  claim: ref,
  source: ref,
  role: z.enum(AttributionRole),
  document: ref.nullable(),
  selector: TextQuoteSelector.nullable(),
  quoteStart: z.number().int().min(0).nullable(),
  anchorStatus: z.enum(AnchorStatus),
  venue: text(1000).nullable(),
  statedAt: nullableDate,
  relays: ref.nullable(),
  createdBy: email.nullable(),
  createdAt: date,
});

export const RelationRecord = z.object({
  type: z.literal('relation'),
  id: ref,
  /** The two claims, sorted by external id: the pair has no direction of its own. */
  claims: z.tuple([ref, ref]),
  relation: z.enum(RelationType),
  /** For `supports`: the claim that supports the other. */
  subject: ref.nullable(),
  disputes: z.array(z.enum(Dispute)),
  note: text(2000).nullable(),
  createdBy: email.nullable(),
  createdAt: date,
});

export const ExchangeRecord = z.discriminatedUnion('type', [
  UserRecord, AlignmentRecord, ConflictRecord, SourceRecord, RatingRevisionRecord, AlignmentChangeRecord,
  SourceConflictAlignmentRecord, DocumentRecord,
  EventRecord, ClaimRecord, ClaimRevisionRecord, AttributionRecord, RelationRecord,
]);

export type ExchangeRecord = z.output<typeof ExchangeRecord>;
export type RecordOf<T extends ExchangeRecord['type']> = Extract<ExchangeRecord, { type: T }>;
export type Header = z.output<typeof HeaderRecord>;

/** Import order: every record comes after what it refers to. */
export const RECORD_ORDER = [
  'user', 'alignment', 'conflict', 'source', 'rating_revision', 'alignment_change', 'source_conflict_alignment', 'document', 'event', 'claim',
  'claim_revision', 'attribution', 'relation',
] as const satisfies readonly ExchangeRecord['type'][];

export const EXTERNAL_ID_PREFIX = 'cc';
