import 'server-only';
import type { Tx } from '@/lib/db';
import type { LineIssues } from '../line-issues';
import { linkSelf } from '../insert-rows.server';
import { chunks, findDocumentsByUrl } from '../find-references.server';
import type { RefResolver } from './ref-resolver.server';
import type { ParsedArchive } from './parse-exchange-archive';
import type { ImportStamp } from './import-stamp';
import { foldName } from '@/lib/sources/source-lookup-fold';
import { findDuplicatesOfEach, findSourcesByFoldedName } from '@/lib/sources/source-lookup.server';
import { rewriteSourceLookupNames, writeSourceLookupNames } from '@/lib/sources/source-lookup-names.server';
import { addIdentifiersOfNewSources } from '@/lib/sources/source-identifiers.server';
import { checkImportedIdentifiers } from '../imported-identifiers.server';
import { describeCandidate } from '@/lib/sources/source-duplicates';

// Adding the records of an exchange file that claims refer to: alignments, sources and their histories, documents,
// events. A record whose key the database already has is kept as it is. Every row added is
// the importer's, made now; the file's authors and dates go to import_origin.

export type Counts = Record<string, { created: number; existing: number }>;
type Ctx = { tx: Tx; refs: RefResolver; issues: LineIssues; counts: Counts; stamp: ImportStamp };

const d = (s: string | null) => (s === null ? null : new Date(s));
const tally = (counts: Counts, type: string, created: number, total: number) => {
  counts[type] = { created, existing: total - created };
};

/** Alignments have no provenance column: an added one is dated by the import. */
export async function addAlignments({ tx, counts, stamp }: Ctx, rows: ParsedArchive['byType']['alignment']) {
  const have = new Set((await tx.alignment.findMany({ select: { slug: true } })).map((a) => a.slug));
  const missing = rows.filter((r) => !have.has(r.record.slug));
  if (missing.length) {
    await tx.alignment.createMany({
      data: missing.map(({ record: a }) => ({
        slug: a.slug, label: a.label, color: a.color, description: a.description, sortOrder: a.sortOrder,
        retiredAt: d(a.retiredAt), version: a.version, createdAt: stamp.now, updatedAt: stamp.now,
      })),
    });
  }
  tally(counts, 'alignment', missing.length, rows.length);
}

/**
 * Conflicts: by external id, else by name ignoring case (two installations that each created
 * "Syrian civil war" mean one war); the rest are added.
 */
export async function addConflicts({ tx, refs, counts, stamp }: Ctx, rows: ParsedArchive['byType']['conflict']) {
  const existing = await refs.load('conflict', rows.map((r) => r.record.id));
  const unknown = rows.filter((r) => !existing.has(r.record.id));
  const named = unknown.length
    ? await tx.conflict.findMany({
        where: { OR: unknown.map((r) => ({ name: { equals: r.record.name, mode: 'insensitive' as const } })) },
        select: { id: true, name: true },
      })
    : [];
  const byName = new Map(named.map((c) => [c.name.toLowerCase(), c.id]));
  const missing = unknown.filter(({ record }) => {
    const id = byName.get(record.name.toLowerCase());
    if (id !== undefined) refs.set('conflict', record.id, id, false);
    return id === undefined;
  });
  for (const { record: c } of missing) {
    const made = await tx.conflict.create({
      data: {
        externalId: c.id, name: c.name, description: c.description, version: c.version, createdById: stamp.actorId,
        createdAt: stamp.now, updatedAt: stamp.now, importOrigin: stamp.origin({ author: c.createdBy, createdAt: c.createdAt, updatedAt: c.updatedAt }),
      },
      select: { id: true },
    });
    refs.set('conflict', c.id, made.id, true);
  }
  tally(counts, 'conflict', missing.length, rows.length);
}

async function knownSlugs(tx: Tx) {
  return new Set((await tx.alignment.findMany({ select: { slug: true } })).map((a) => a.slug));
}

export async function addSources(ctx: Ctx, rows: ParsedArchive['byType']['source']) {
  const { tx, refs, issues, stamp } = ctx;
  const existing = await refs.load('source', rows.map((r) => r.record.id));
  const unknown = rows.filter((r) => !existing.has(r.record.id));
  // Under another id, a source whose name folds to a live one's name or alias is that source;
  // one that merely looks like a live one is a problem, never a second record (decision 012).
  const byName = await findSourcesByFoldedName(tx, unknown.map((r) => foldName(r.record.name)));
  const missing = unknown.filter(({ record }) => {
    const hit = byName.get(foldName(record.name));
    if (hit) refs.set('source', record.id, hit.id, false);
    return !hit;
  });
  const alike = await findDuplicatesOfEach(tx, missing.map(({ record }) => ({ key: record.id, names: [record.name, ...record.aliases] })));
  for (const { line, record } of missing) {
    const c = alike.get(record.id);
    if (c) issues.add(line, `source “${record.name}” ${c.exact ? 'has a name or alias of' : 'looks like'} ${describeCandidate(c)}: give it that source's id or name`);
  }
  const slugs = await knownSlugs(tx);
  for (const { line, record } of missing) if (!slugs.has(record.alignment)) issues.add(line, `unknown alignment ${record.alignment}`);
  // A new source's identifiers must be free; one a live source holds names that source.
  const identifiersOf = await checkImportedIdentifiers(tx, issues, missing.map(({ line, record }) => ({ line, key: record.id, identifiers: record.identifiers })));
  issues.failIfAny();
  for (const part of chunks(missing)) {
    const made = await tx.source.createManyAndReturn({
      data: part.map(({ record: s }) => ({
        externalId: s.id, name: s.name, kind: s.kind, alignmentSlug: s.alignment, country: s.country, language: s.language,
        aliases: s.aliases, description: s.description, homepage: s.homepage, reliability: s.reliability,
        ratingVersion: s.ratingVersion, version: s.version, createdAt: stamp.now, updatedAt: stamp.now,
        importOrigin: stamp.origin({ createdAt: s.createdAt, updatedAt: s.updatedAt }),
      })),
      select: { id: true, externalId: true, name: true, aliases: true },
    });
    const movedFrom = await addIdentifiersOfNewSources(tx, made.map((s) => ({ sourceId: s.id, identifiers: identifiersOf.get(s.externalId) ?? [] })), stamp.actorId);
    await writeSourceLookupNames(tx, made);
    await rewriteSourceLookupNames(tx, movedFrom);
    for (const s of made) refs.set('source', s.externalId, s.id, true);
  }
  await refs.load('source', missing.map((r) => r.record.represents));
  const links = missing.flatMap(({ line, record }) =>
    record.represents === null ? [] : [[refs.id('source', record.id, line, issues)!, refs.id('source', record.represents, line, issues)!] as [number, number]]);
  issues.failIfAny();
  await linkSelf(tx, 'sources', 'represents_id', links);
  tally(ctx.counts, 'source', missing.length, rows.length);
}

/** A source's rating and alignment history come only with a source this import created. */
export async function addSourceHistory(ctx: Ctx, revisions: ParsedArchive['byType']['rating_revision'], changes: ParsedArchive['byType']['alignment_change']) {
  const { tx, refs, issues, stamp } = ctx;
  // In history order, whatever the file's order: rows of one import share their creation time.
  const newRevisions = revisions.filter((r) => refs.isCreated('source', r.record.source))
    .sort((a, b) => a.record.source.localeCompare(b.record.source) || a.record.version - b.record.version);
  const newChanges = changes.filter((r) => refs.isCreated('source', r.record.source))
    .sort((a, b) => a.record.source.localeCompare(b.record.source) || a.record.seq - b.record.seq);
  const slugs = await knownSlugs(tx);
  await refs.load('conflict', newChanges.map((r) => r.record.conflict ?? null));
  const revisionData = newRevisions.map(({ line, record: r }) => ({
    sourceId: refs.id('source', r.source, line, issues)!, version: r.version, reliability: r.reliability, previous: r.previous,
    rationale: r.rationale, authorId: stamp.actorId, createdAt: stamp.now,
    importOrigin: stamp.origin({ author: r.author, createdAt: r.createdAt }),
  }));
  const changeData = newChanges.map(({ line, record: c }) => {
    for (const slug of [c.from, c.to]) if (slug !== null && !slugs.has(slug)) issues.add(line, `unknown alignment ${slug}`);
    return {
      sourceId: refs.id('source', c.source, line, issues)!, fromSlug: c.from, toSlug: c.to, reason: c.reason,
      conflictId: refs.id('conflict', c.conflict ?? null, line, issues),
      authorId: stamp.actorId, createdAt: stamp.now, importOrigin: stamp.origin({ author: c.author, createdAt: c.createdAt }),
    };
  });
  issues.failIfAny();
  for (const part of chunks(revisionData)) await tx.ratingRevision.createMany({ data: part });
  for (const part of chunks(changeData)) await tx.sourceAlignmentChange.createMany({ data: part });
  tally(ctx.counts, 'rating_revision', newRevisions.length, revisions.length);
  tally(ctx.counts, 'alignment_change', newChanges.length, changes.length);
}

/** A source's alignment per conflict comes, like its history, only with a source this import created. */
export async function addConflictAlignments(ctx: Ctx, rows: ParsedArchive['byType']['source_conflict_alignment']) {
  const { tx, refs, issues } = ctx;
  const fresh = rows.filter((r) => refs.isCreated('source', r.record.source));
  const slugs = await knownSlugs(tx);
  await refs.load('conflict', fresh.map((r) => r.record.conflict));
  const data = fresh.map(({ line, record: a }) => {
    if (!slugs.has(a.alignment)) issues.add(line, `unknown alignment ${a.alignment}`);
    return {
      sourceId: refs.id('source', a.source, line, issues)!, conflictId: refs.id('conflict', a.conflict, line, issues)!,
      // No provenance column here: the stated time is kept as the row's own.
      alignmentSlug: a.alignment, reason: a.reason, version: a.version, updatedAt: d(a.updatedAt)!,
    };
  });
  issues.failIfAny();
  for (const part of chunks(data)) await tx.sourceConflictAlignment.createMany({ data: part });
  tally(ctx.counts, 'source_conflict_alignment', fresh.length, rows.length);
}

export async function addDocuments(ctx: Ctx, rows: ParsedArchive['byType']['document']) {
  const { tx, refs, issues, stamp } = ctx;
  const existing = await refs.load('document', rows.map((r) => r.record.id));
  // The same page under another external id is the same document: match its normalised URL.
  const urls = rows.filter((r) => !existing.has(r.record.id)).map((r) => r.record.normalizedUrl);
  const byUrl = new Map((await findDocumentsByUrl(tx, urls, { withText: false })).map((doc) => [doc.normalizedUrl, doc.id]));
  const missing = rows.filter((r) => {
    if (existing.has(r.record.id)) return false;
    const id = byUrl.get(r.record.normalizedUrl);
    if (id !== undefined) refs.set('document', r.record.id, id, false);
    return id === undefined;
  });
  await refs.load('source', missing.map((r) => r.record.publisher));
  const data = missing.map(({ line, record: x }) => ({
    externalId: x.id, url: x.url, normalizedUrl: x.normalizedUrl, title: x.title, publisherId: refs.id('source', x.publisher, line, issues),
    author: x.author, publishedAt: d(x.publishedAt), retrievedAt: d(x.retrievedAt), language: x.language, text: x.text,
    textSha256: x.textSha256, capturedAt: d(x.capturedAt)!, sourceCredit: x.sourceCredit, removedNoticedAt: d(x.removedNoticedAt),
    createdById: stamp.actorId, version: x.version, createdAt: stamp.now, updatedAt: stamp.now,
    importOrigin: stamp.origin({ author: x.createdBy, createdAt: x.createdAt, updatedAt: x.updatedAt }),
  }));
  issues.failIfAny();
  for (const part of chunks(data, 200)) {
    for (const doc of await tx.document.createManyAndReturn({ data: part, select: { id: true, externalId: true } })) refs.set('document', doc.externalId, doc.id, true);
  }
  await refs.load('document', missing.map((r) => r.record.republishes));
  const links = missing.flatMap(({ line, record }) =>
    record.republishes === null ? [] : [[refs.id('document', record.id, line, issues)!, refs.id('document', record.republishes, line, issues)!] as [number, number]]);
  issues.failIfAny();
  await linkSelf(tx, 'documents', 'republishes_id', links);
  tally(ctx.counts, 'document', missing.length, rows.length);
}

export async function addEvents({ tx, refs, counts, stamp, issues }: Ctx, rows: ParsedArchive['byType']['event']) {
  const existing = await refs.load('event', rows.map((r) => r.record.id));
  const missing = rows.filter((r) => !existing.has(r.record.id));
  await refs.load('conflict', missing.map((r) => r.record.conflict ?? null));
  const conflictOf = new Map(missing.map(({ line, record: e }) => [e.id, refs.id('conflict', e.conflict ?? null, line, issues)]));
  issues.failIfAny();
  for (const part of chunks(missing)) {
    const made = await tx.event.createManyAndReturn({
      data: part.map(({ record: e }) => ({
        conflictId: conflictOf.get(e.id) ?? null,
        externalId: e.id, title: e.title, summary: e.summary, startsAt: d(e.startsAt), endsAt: d(e.endsAt), placeName: e.placeName,
        latitude: e.latitude, longitude: e.longitude, placePrecision: e.placePrecision, version: e.version,
        createdAt: stamp.now, updatedAt: stamp.now, importOrigin: stamp.origin({ createdAt: e.createdAt, updatedAt: e.updatedAt }),
      })),
      select: { id: true, externalId: true },
    });
    for (const e of made) refs.set('event', e.externalId, e.id, true);
  }
  tally(counts, 'event', missing.length, rows.length);
}

export type ImportCtx = Ctx;
