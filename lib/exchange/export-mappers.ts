import type { Prisma } from '@/lib/generated/prisma/client';
import type { ExchangeRecord, RecordOf } from './exchange-records';
import { readImportOrigin, type ImportOrigin } from '@/lib/import-origin/import-origin';

// Database rows → exchange records: internal ids become external ids (or emails for people).
// A row an import added is written back as its file stated it (author and dates from
// import_origin), so export → import → export keeps the original authorship as stated.

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

const stamps = { version: true, createdAt: true, updatedAt: true } as const;
const origin = { importOrigin: true } as const;

type Origin = ImportOrigin | null;
const originOf = (row: { importOrigin: Prisma.JsonValue }): Origin => readImportOrigin(row.importOrigin);
/** Unchanged here since the import (an edit moves updatedAt past it). */
const untouched = (o: NonNullable<Origin>, at: Date) => at.getTime() <= Date.parse(o.importedAt);
const authorOf = (o: Origin, authorId: number | null, refs: RefMaps) => (o ? (o.statedAuthor?.email ?? null) : refs.user(authorId));
const createdOf = (o: Origin, at: Date) => o?.statedCreatedAt ?? iso(at);
const updatedOf = (o: Origin, at: Date) => (o && untouched(o, at) ? (o.statedUpdatedAt ?? iso(at)) : iso(at));

export const alignmentSelect = { slug: true, label: true, color: true, description: true, sortOrder: true, retiredAt: true, ...stamps } satisfies Prisma.AlignmentSelect;
export const sourceSelect = {
  id: true, externalId: true, name: true, kind: true, alignmentSlug: true, country: true, language: true, aliases: true,
  description: true, homepage: true, representsId: true, reliability: true, ratingVersion: true, ...stamps, ...origin,
  identifiers: { select: { kind: true, value: true }, orderBy: [{ kind: 'asc' }, { value: 'asc' }] },
} satisfies Prisma.SourceSelect;
export const revisionSelect = { sourceId: true, version: true, reliability: true, previous: true, rationale: true, authorId: true, createdAt: true, ...origin } satisfies Prisma.RatingRevisionSelect;
export const changeSelect = { sourceId: true, conflictId: true, fromSlug: true, toSlug: true, reason: true, authorId: true, createdAt: true, ...origin } satisfies Prisma.SourceAlignmentChangeSelect;
export const conflictSelect = { id: true, externalId: true, name: true, description: true, createdById: true, ...stamps, ...origin } satisfies Prisma.ConflictSelect;
export const conflictAlignmentSelect = { sourceId: true, conflictId: true, alignmentSlug: true, reason: true, version: true, updatedAt: true } satisfies Prisma.SourceConflictAlignmentSelect;
export const documentSelect = {
  id: true, externalId: true, url: true, normalizedUrl: true, title: true, publisherId: true, author: true, publishedAt: true,
  retrievedAt: true, language: true, text: true, textSha256: true, capturedAt: true, sourceCredit: true, republishesId: true,
  removedNoticedAt: true, createdById: true, ...stamps, ...origin,
} satisfies Prisma.DocumentSelect;
export const eventSelect = {
  id: true, externalId: true, title: true, summary: true, startsAt: true, endsAt: true, placeName: true, latitude: true,
  longitude: true, placePrecision: true, conflictId: true, ...stamps, ...origin,
} satisfies Prisma.EventSelect;
export const claimSelect = {
  id: true, externalId: true, text: true, language: true, originalText: true, originalLanguage: true, occurredAt: true,
  occurredPrecision: true, placeName: true, latitude: true, longitude: true, placePrecision: true, eventId: true,
  credibility: true, credibilityReason: true, originCount: true, carrierCount: true, createdById: true, deletedAt: true,
  deletedById: true, mergedIntoId: true, ...stamps, ...origin,
  parties: { select: { role: true, name: true, sourceId: true }, orderBy: { id: 'asc' } },
  figures: { select: { measure: true, subject: true, min: true, max: true, wording: true }, orderBy: { id: 'asc' } },
} satisfies Prisma.ClaimSelect;
export const claimRevisionSelect = { claimId: true, version: true, action: true, reason: true, snapshot: true, authorId: true, createdAt: true, ...origin } satisfies Prisma.ClaimRevisionSelect;
export const attributionSelect = {
  id: true, externalId: true, claimId: true, sourceId: true, role: true, documentId: true, quoteExact: true, quotePrefix: true,
  quoteSuffix: true, quoteStart: true, anchorStatus: true, venue: true, statedAt: true, relaysId: true, createdById: true, createdAt: true, ...origin,
} satisfies Prisma.AttributionSelect;
export const relationSelect = {
  externalId: true, claimAId: true, claimBId: true, type: true, subjectClaimId: true, disputes: true, note: true, createdById: true, createdAt: true, ...origin,
} satisfies Prisma.ClaimRelationSelect;

type WithExt = { id: number; externalId: string };
export type RefMaps = ReturnType<typeof referenceMaps>;

export function referenceMaps(rows: {
  users: { id: number; email: string }[]; sources: WithExt[]; documents: WithExt[]; events: WithExt[]; claims: WithExt[]; attributions: WithExt[];
  conflicts: WithExt[];
}) {
  const ext = (list: WithExt[]) => {
    const m = new Map(list.map((r) => [r.id, r.externalId]));
    return (id: number | null) => (id === null ? null : (m.get(id) ?? null));
  };
  const emails = new Map(rows.users.map((u) => [u.id, u.email]));
  return {
    user: (id: number | null) => (id === null ? null : (emails.get(id) ?? null)),
    conflict: ext(rows.conflicts), source: ext(rows.sources), document: ext(rows.documents), event: ext(rows.events), claim: ext(rows.claims), attribution: ext(rows.attributions),
  };
}


export const toAlignmentRecord = (a: Prisma.AlignmentGetPayload<{ select: typeof alignmentSelect }>): RecordOf<'alignment'> => ({
  type: 'alignment', slug: a.slug, label: a.label, color: a.color, description: a.description, sortOrder: a.sortOrder,
  retiredAt: isoOrNull(a.retiredAt), version: a.version, createdAt: iso(a.createdAt), updatedAt: iso(a.updatedAt),
});

export const toSourceRecord = (s: Prisma.SourceGetPayload<{ select: typeof sourceSelect }>, refs: RefMaps): RecordOf<'source'> => ({
  type: 'source', id: s.externalId, name: s.name, kind: s.kind, alignment: s.alignmentSlug, country: s.country, language: s.language,
  aliases: s.aliases, description: s.description, homepage: s.homepage, identifiers: s.identifiers,
  represents: refs.source(s.representsId), reliability: s.reliability,
  ratingVersion: s.ratingVersion, version: s.version, createdAt: createdOf(originOf(s), s.createdAt), updatedAt: updatedOf(originOf(s), s.updatedAt),
});

export const toRevisionRecord = (r: Prisma.RatingRevisionGetPayload<{ select: typeof revisionSelect }>, refs: RefMaps): RecordOf<'rating_revision'> => ({
  type: 'rating_revision', source: refs.source(r.sourceId)!, version: r.version, reliability: r.reliability, previous: r.previous,
  rationale: r.rationale, author: authorOf(originOf(r), r.authorId, refs), createdAt: createdOf(originOf(r), r.createdAt),
});

/** Rows arrive ordered by source, then time: `seq` numbers each source's history from 1. */
export function toChangeRecords(rows: Prisma.SourceAlignmentChangeGetPayload<{ select: typeof changeSelect }>[], refs: RefMaps): RecordOf<'alignment_change'>[] {
  let last = -1;
  let seq = 0;
  return rows.map((c) => {
    seq = c.sourceId === last ? seq + 1 : 1;
    last = c.sourceId;
    return {
      type: 'alignment_change', source: refs.source(c.sourceId)!, seq, from: c.fromSlug, to: c.toSlug, reason: c.reason,
      author: authorOf(originOf(c), c.authorId, refs), createdAt: createdOf(originOf(c), c.createdAt),
      conflict: refs.conflict(c.conflictId),
    };
  });
}

export const toConflictRecord = (c: Prisma.ConflictGetPayload<{ select: typeof conflictSelect }>, refs: RefMaps): RecordOf<'conflict'> => ({
  type: 'conflict', id: c.externalId, name: c.name, description: c.description, version: c.version,
  createdBy: authorOf(originOf(c), c.createdById, refs), createdAt: createdOf(originOf(c), c.createdAt), updatedAt: updatedOf(originOf(c), c.updatedAt),
});

export const toConflictAlignmentRecord = (
  a: Prisma.SourceConflictAlignmentGetPayload<{ select: typeof conflictAlignmentSelect }>, refs: RefMaps,
): RecordOf<'source_conflict_alignment'> => ({
  type: 'source_conflict_alignment', source: refs.source(a.sourceId)!, conflict: refs.conflict(a.conflictId)!, alignment: a.alignmentSlug,
  reason: a.reason, version: a.version, updatedAt: iso(a.updatedAt),
});

export const toDocumentRecord = (d: Prisma.DocumentGetPayload<{ select: typeof documentSelect }>, refs: RefMaps): RecordOf<'document'> => ({
  type: 'document', id: d.externalId, url: d.url, normalizedUrl: d.normalizedUrl, title: d.title, publisher: refs.source(d.publisherId),
  author: d.author, publishedAt: isoOrNull(d.publishedAt), retrievedAt: isoOrNull(d.retrievedAt), language: d.language, text: d.text,
  textSha256: d.textSha256, capturedAt: iso(d.capturedAt), sourceCredit: d.sourceCredit, republishes: refs.document(d.republishesId),
  removedNoticedAt: isoOrNull(d.removedNoticedAt), createdBy: authorOf(originOf(d), d.createdById, refs), version: d.version,
  createdAt: createdOf(originOf(d), d.createdAt), updatedAt: updatedOf(originOf(d), d.updatedAt),
});

export const toEventRecord = (e: Prisma.EventGetPayload<{ select: typeof eventSelect }>, refs: RefMaps): RecordOf<'event'> => ({
  type: 'event', id: e.externalId, title: e.title, summary: e.summary, startsAt: isoOrNull(e.startsAt), endsAt: isoOrNull(e.endsAt),
  placeName: e.placeName, latitude: e.latitude, longitude: e.longitude, placePrecision: e.placePrecision, conflict: refs.conflict(e.conflictId), version: e.version,
  createdAt: createdOf(originOf(e), e.createdAt), updatedAt: updatedOf(originOf(e), e.updatedAt),
});

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

/** A deletion the import carried over is written as stated; one made here since, as it was made. */
function deletionOf(c: ClaimRow, refs: RefMaps) {
  const o = originOf(c);
  if (c.deletedAt && o?.statedDeletedAt && untouched(o, c.deletedAt)) {
    return { deletedAt: o.statedDeletedAt, deletedBy: o.statedDeletedBy?.email ?? null };
  }
  return { deletedAt: isoOrNull(c.deletedAt), deletedBy: refs.user(c.deletedById) };
}

export const toClaimRecord = (c: ClaimRow, refs: RefMaps): RecordOf<'claim'> => ({
  type: 'claim', id: c.externalId, text: c.text, language: c.language, originalText: c.originalText, originalLanguage: c.originalLanguage,
  occurredAt: isoOrNull(c.occurredAt), occurredPrecision: c.occurredPrecision, placeName: c.placeName, latitude: c.latitude,
  longitude: c.longitude, placePrecision: c.placePrecision, event: refs.event(c.eventId), credibility: c.credibility,
  credibilityReason: c.credibilityReason, originCount: c.originCount, carrierCount: c.carrierCount, version: c.version,
  createdBy: authorOf(originOf(c), c.createdById, refs), createdAt: createdOf(originOf(c), c.createdAt),
  updatedAt: updatedOf(originOf(c), c.updatedAt), ...deletionOf(c, refs), mergedInto: refs.claim(c.mergedIntoId),
  parties: c.parties.map((p) => ({ role: p.role, name: p.name, source: refs.source(p.sourceId) })),
  figures: c.figures,
});

export function toClaimRevisionRecords(rows: Prisma.ClaimRevisionGetPayload<{ select: typeof claimRevisionSelect }>[], refs: RefMaps): RecordOf<'claim_revision'>[] {
  let last = -1;
  let seq = 0;
  return rows.map((r) => {
    seq = r.claimId === last ? seq + 1 : 1;
    last = r.claimId;
    return {
      type: 'claim_revision', claim: refs.claim(r.claimId)!, seq, version: r.version, action: r.action, reason: r.reason,
      snapshot: r.snapshot, author: authorOf(originOf(r), r.authorId, refs), createdAt: createdOf(originOf(r), r.createdAt),
    };
  });
}

export const toAttributionRecord = (a: Prisma.AttributionGetPayload<{ select: typeof attributionSelect }>, refs: RefMaps): RecordOf<'attribution'> => ({
  type: 'attribution', id: a.externalId, claim: refs.claim(a.claimId)!, source: refs.source(a.sourceId)!, role: a.role,
  document: refs.document(a.documentId),
  selector: a.quoteExact === null ? null : { type: 'TextQuoteSelector', exact: a.quoteExact, prefix: a.quotePrefix, suffix: a.quoteSuffix },
  quoteStart: a.quoteStart, anchorStatus: a.anchorStatus, venue: a.venue, statedAt: isoOrNull(a.statedAt),
  relays: refs.attribution(a.relaysId), createdBy: authorOf(originOf(a), a.createdById, refs), createdAt: createdOf(originOf(a), a.createdAt),
});

export function toRelationRecord(r: Prisma.ClaimRelationGetPayload<{ select: typeof relationSelect }>, refs: RefMaps): RecordOf<'relation'> {
  const pair = [refs.claim(r.claimAId)!, refs.claim(r.claimBId)!].sort() as [string, string];
  return {
    type: 'relation', id: r.externalId, claims: pair, relation: r.type, subject: refs.claim(r.subjectClaimId), disputes: r.disputes,
    note: r.note, createdBy: authorOf(originOf(r), r.createdById, refs), createdAt: createdOf(originOf(r), r.createdAt),
  };
}

export function emailsIn(r: ExchangeRecord): string[] {
  const out: (string | null)[] = [];
  if ('author' in r && r.type !== 'document') out.push(r.author as string | null);
  if ('createdBy' in r) out.push(r.createdBy);
  if (r.type === 'claim') out.push(r.deletedBy);
  return out.filter((e): e is string => e !== null);
}

/**
 * A `user` line for each address the records name: the local account's name, else the name the
 * imported file stated. An address with no known name gets no line (the format needs a name).
 */
export function toUserRecords(body: ExchangeRecord[], users: { email: string; name: string }[], rows: { importOrigin: Prisma.JsonValue }[][]): RecordOf<'user'>[] {
  const named = new Set(body.flatMap(emailsIn));
  const names = new Map<string, string>();
  for (const list of rows) {
    for (const row of list) {
      const o = originOf(row);
      for (const p of [o?.statedAuthor, o?.statedDeletedBy]) if (p?.name && !names.has(p.email)) names.set(p.email, p.name);
    }
  }
  for (const u of users) names.set(u.email, u.name);
  return [...named].sort().flatMap((email) => {
    const name = names.get(email);
    return name === undefined ? [] : [{ type: 'user' as const, email, name }];
  });
}
