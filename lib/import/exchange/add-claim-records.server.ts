import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { insertRows, linkSelf, type Column } from '../insert-rows.server';
import { chunks } from '../find-references.server';
import type { ParsedArchive } from './parse-exchange-archive';
import type { ImportCtx } from './add-catalog-records.server';

// Adding an exchange file's claims and what they own (parties, figures, revisions, attributions), then the
// relations between claims. A claim already in the database keeps what it has. Rows added are
// the importer's, made now; the file's authors and dates go to import_origin.

const CLAIM_COLUMNS: Column[] = [
  ['external_id', 'text'], ['text', 'text'], ['language', 'text'], ['original_text', 'text'], ['original_language', 'text'],
  ['occurred_at', 'timestamptz'], ['occurred_precision', '"DatePrecision"'], ['place_name', 'text'], ['latitude', 'float8'],
  ['longitude', 'float8'], ['place_precision', '"PlacePrecision"'], ['event_id', 'int'], ['credibility', 'int'],
  ['credibility_reason', 'text'], ['origin_count', 'int'], ['carrier_count', 'int'], ['version', 'int'], ['created_by_id', 'int'],
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['deleted_at', 'timestamptz'], ['deleted_by_id', 'int'],
  ['import_origin', 'jsonb'],
];
const PARTY_COLUMNS: Column[] = [['claim_id', 'int'], ['role', '"PartyRole"'], ['name', 'text'], ['source_id', 'int']];
const FIGURE_COLUMNS: Column[] = [['claim_id', 'int'], ['measure', 'text'], ['subject', 'text'], ['min', 'int'], ['max', 'int'], ['wording', 'text']];
const ATTRIBUTION_COLUMNS: Column[] = [
  ['external_id', 'text'], ['claim_id', 'int'], ['source_id', 'int'], ['role', '"AttributionRole"'], ['document_id', 'int'],
  ['quote_exact', 'text'], ['quote_prefix', 'text'], ['quote_suffix', 'text'], ['quote_start', 'int'],
  ['anchor_status', '"AnchorStatus"'], ['venue', 'text'], ['stated_at', 'timestamptz'], ['created_by_id', 'int'], ['created_at', 'timestamptz'],
  ['import_origin', 'jsonb'],
];

export async function addClaims(ctx: ImportCtx, rows: ParsedArchive['byType']['claim']): Promise<number[]> {
  const { tx, refs, issues, stamp } = ctx;
  const existing = await refs.load('claim', rows.map((r) => r.record.id));
  const missing = rows.filter((r) => !existing.has(r.record.id));
  await refs.load('event', missing.map((r) => r.record.event));
  await refs.load('source', missing.flatMap((r) => r.record.parties.map((p) => p.source)));
  const now = stamp.now.toISOString();
  const data = missing.map(({ line, record: c }) => [
    c.id, c.text, c.language, c.originalText, c.originalLanguage, c.occurredAt, c.occurredPrecision, c.placeName, c.latitude,
    c.longitude, c.placePrecision, refs.id('event', c.event, line, issues), c.credibility, c.credibilityReason, c.originCount,
    c.carrierCount, c.version, stamp.actorId, now, now,
    // A claim the file marks deleted stays deleted, by the importer; who deleted it and when is stated.
    c.deletedAt === null ? null : now, c.deletedAt === null ? null : stamp.actorId,
    JSON.stringify(stamp.origin({ author: c.createdBy, createdAt: c.createdAt, updatedAt: c.updatedAt, deletedAt: c.deletedAt, deletedBy: c.deletedBy })),
  ]);
  for (const { line, record } of missing) for (const p of record.parties) refs.id('source', p.source, line, issues);
  issues.failIfAny();
  const createdIds: number[] = [];
  for (const c of await insertRows(tx, 'claims', CLAIM_COLUMNS, data)) {
    refs.set('claim', c.external_id!, c.id, true);
    createdIds.push(c.id);
  }
  const parties = missing.flatMap(({ line, record }) => record.parties.map((p) => [
    refs.id('claim', record.id, line, issues), p.role, p.name, refs.id('source', p.source, line, issues),
  ]));
  const figures = missing.flatMap(({ line, record }) => record.figures.map((f) => [
    refs.id('claim', record.id, line, issues), f.measure, f.subject, f.min, f.max, f.wording,
  ]));
  await insertRows(tx, 'claim_parties', PARTY_COLUMNS, parties);
  await insertRows(tx, 'claim_figures', FIGURE_COLUMNS, figures);

  await refs.load('claim', missing.map((r) => r.record.mergedInto));
  const merges = missing.flatMap(({ line, record }) =>
    record.mergedInto === null ? [] : [[refs.id('claim', record.id, line, issues)!, refs.id('claim', record.mergedInto, line, issues)!] as [number, number]]);
  issues.failIfAny();
  await linkSelf(tx, 'claims', 'merged_into_id', merges);
  ctx.counts.claim = { created: missing.length, existing: rows.length - missing.length };
  return createdIds;
}

export async function addClaimRevisions(ctx: ImportCtx, rows: ParsedArchive['byType']['claim_revision']) {
  const { tx, refs, issues, stamp } = ctx;
  // In history order, whatever the file's order: the history reads revisions by id.
  const fresh = rows.filter((r) => refs.isCreated('claim', r.record.claim))
    .sort((a, b) => a.record.claim.localeCompare(b.record.claim) || a.record.seq - b.record.seq);
  const data = fresh.map(({ line, record: r }) => ({
    claimId: refs.id('claim', r.claim, line, issues)!, version: r.version, action: r.action, reason: r.reason,
    snapshot: r.snapshot as Prisma.InputJsonValue, authorId: stamp.actorId, createdAt: stamp.now,
    importOrigin: stamp.origin({ author: r.author, createdAt: r.createdAt }),
  }));
  issues.failIfAny();
  for (const part of chunks(data)) await tx.claimRevision.createMany({ data: part });
  ctx.counts.claim_revision = { created: fresh.length, existing: rows.length - fresh.length };
}

export async function addAttributions(ctx: ImportCtx, rows: ParsedArchive['byType']['attribution']) {
  const { tx, refs, issues, stamp } = ctx;
  const known = await refs.load('attribution', rows.map((r) => r.record.id));
  const fresh = rows.filter((r) => !known.has(r.record.id) && refs.isCreated('claim', r.record.claim));
  for (const { line, record } of rows) if (!refs.has('claim', record.claim)) issues.add(line, `refers to unknown claim ${record.claim}`);
  await refs.load('source', fresh.map((r) => r.record.source));
  await refs.load('document', fresh.map((r) => r.record.document));
  const data = fresh.map(({ line, record: a }) => [
    a.id, refs.id('claim', a.claim, line, issues), refs.id('source', a.source, line, issues), a.role,
    refs.id('document', a.document, line, issues), a.selector?.exact ?? null, a.selector?.prefix ?? null, a.selector?.suffix ?? null,
    a.quoteStart, a.anchorStatus, a.venue, a.statedAt, stamp.actorId, stamp.now.toISOString(),
    JSON.stringify(stamp.origin({ author: a.createdBy, createdAt: a.createdAt })),
  ]);
  issues.failIfAny();
  for (const a of await insertRows(tx, 'attributions', ATTRIBUTION_COLUMNS, data)) refs.set('attribution', a.external_id!, a.id, true);
  // Relays point within the same claim, so every target was created in this same step.
  const relays = fresh.flatMap(({ line, record }) =>
    record.relays === null ? [] : [[refs.id('attribution', record.id, line, issues)!, refs.id('attribution', record.relays, line, issues)!] as [number, number]]);
  issues.failIfAny();
  await linkSelf(tx, 'attributions', 'relays_id', relays);
  ctx.counts.attribution = { created: fresh.length, existing: rows.length - fresh.length };
}

export async function addRelations(ctx: ImportCtx, rows: ParsedArchive['byType']['relation']) {
  const { tx, refs, issues, stamp } = ctx;
  const known = new Set<string>();
  for (const part of chunks(rows.map((r) => r.record.id), 5000)) {
    for (const r of await tx.claimRelation.findMany({ where: { externalId: { in: part } }, select: { externalId: true } })) known.add(r.externalId);
  }
  const candidates = rows.filter((r) => !known.has(r.record.id));
  await refs.load('claim', candidates.flatMap((r) => [...r.record.claims, r.record.subject]));
  const resolved = candidates.map(({ line, record: r }) => {
    const [x, y] = r.claims.map((c) => refs.id('claim', c, line, issues)!);
    if (x === y) issues.add(line, 'a claim cannot relate to itself');
    return {
      externalId: r.id, claimAId: Math.min(x, y), claimBId: Math.max(x, y), type: r.relation,
      subjectClaimId: refs.id('claim', r.subject, line, issues), disputes: r.disputes, note: r.note,
      createdById: stamp.actorId, createdAt: stamp.now, importOrigin: stamp.origin({ author: r.createdBy, createdAt: r.createdAt }),
    };
  });
  issues.failIfAny();
  // A pair is stored once: a pair the database already links (under any id) is kept as it is.
  let created = 0;
  for (const part of chunks(resolved)) created += (await tx.claimRelation.createMany({ data: part, skipDuplicates: true })).count;
  ctx.counts.relation = { created, existing: rows.length - created };
}
