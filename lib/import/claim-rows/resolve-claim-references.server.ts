import 'server-only';
import { createHash } from 'node:crypto';
import { sqlExecute, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { normalizeUrl } from '@/lib/documents/normalize-url';
import type { ImportClaim, ImportDocument, ImportEvent, ImportSource } from './claim-row-schemas';
import { findDocumentsByUrl, findEvents, findSources } from '../find-references.server';
import { foldName } from '@/lib/sources/source-lookup-fold';
import { findDuplicatesOfEach, findSourcesByFoldedName } from '@/lib/sources/source-lookup.server';
import { writeSourceLookupNames } from '@/lib/sources/source-lookup-names.server';
import { describeCandidate, type DuplicateCandidate } from '@/lib/sources/source-duplicates';
import { identifierInQuery } from '@/lib/sources/source-identifiers';
import { findIdentifierHolders } from '@/lib/sources/source-identifiers.server';

// Finds (with the lookups the exchange import uses) or creates the events, sources and
// documents a batch of claim rows refers to, a few queries per table. Existing rows are reused as they are, never overwritten: an import adds.
// Batches are written concurrently, so creating takes a transaction-scoped advisory lock per
// missing key, then looks again: whoever held the lock has committed (or not) by then. Keys are
// locked in sorted order, tables in a fixed order, so two batches never wait on each other in
// a cycle. Rows once resolved are remembered for the rest of the import (`known`): a large
// archive names the same few thousand sources and events in every batch, and asking again
// cost a quarter of each batch's time.

export type ResolvedSource = { id: number; kind: string; alignmentSlug: string };
export type ResolvedDocument = { id: number; text: string };
export type References = {
  events: Map<string, number>;
  sources: Map<string, ResolvedSource>;
  documents: Map<string, ResolvedDocument>;
  created: { events: number; sources: number; documents: number };
};

/** What one import run has already resolved, reused by its later batches. */
export type KnownReferences = Pick<References, 'events' | 'sources' | 'documents'>;
export const newKnownReferences = (): KnownReferences => ({ events: new Map(), sources: new Map(), documents: new Map() });

export const eventKey = (e: Pick<ImportEvent, 'id' | 'title'>) => (e.id ? `id:${e.id}` : `title:${e.title}`);
export const sourceKey = (s: Pick<ImportSource, 'id' | 'name'>) => (s.id ? `id:${s.id}` : `name:${s.name}`);
export const documentKey = (d: ImportDocument) => normalizeUrl(d.url);

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const splitKeys = (keys: string[], a: string, b: string) => ({
  [a]: keys.filter((k) => k.startsWith(`${a}:`)).map((k) => k.slice(a.length + 1)),
  [b]: keys.filter((k) => k.startsWith(`${b}:`)).map((k) => k.slice(b.length + 1)),
});

function uniqueBy<T>(items: T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

async function findOrCreate<T, V>(
  tx: Tx,
  namespace: string,
  all: Map<string, V>,
  known: Map<string, T>,
  find: (keys: string[]) => Promise<Map<string, T>>,
  create: (missing: [string, V][]) => Promise<Map<string, T>>,
): Promise<{ map: Map<string, T>; created: number }> {
  const result = new Map<string, T>();
  const wanted = new Map<string, V>();
  for (const [k, v] of all) {
    const hit = known.get(k);
    if (hit === undefined) wanted.set(k, v);
    else result.set(k, hit);
  }
  const { map, created } = await findOrCreateMissing(tx, namespace, wanted, find, create);
  for (const [k, v] of map) {
    known.set(k, v);
    result.set(k, v);
  }
  return { map: result, created };
}

async function findOrCreateMissing<T, V>(
  tx: Tx,
  namespace: string,
  wanted: Map<string, V>,
  find: (keys: string[]) => Promise<Map<string, T>>,
  create: (missing: [string, V][]) => Promise<Map<string, T>>,
): Promise<{ map: Map<string, T>; created: number }> {
  if (wanted.size === 0) return { map: new Map(), created: 0 };
  const found = await find([...wanted.keys()]);
  const missing = [...wanted.keys()].filter((k) => !found.has(k)).sort();
  if (missing.length === 0) return { map: found, created: 0 };
  await sqlExecute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${namespace} || k, 0))
    FROM (SELECT k FROM unnest(${missing}::text[]) AS k ORDER BY k) AS keys`, { tx });
  for (const [k, v] of await find(missing)) found.set(k, v);
  const still = missing.filter((k) => !found.has(k));
  if (still.length === 0) return { map: found, created: 0 };
  for (const [k, v] of await create(still.map((k) => [k, wanted.get(k)!]))) found.set(k, v);
  return { map: found, created: still.length };
}

function resolveEvents(tx: Tx, claims: ImportClaim[], now: Date, known: KnownReferences) {
  type Row = { id: number; externalId: string | null; title: string };
  const toMap = (rows: Row[], keys: Set<string>) => {
    const map = new Map<string, number>();
    for (const r of rows) {
      for (const k of [r.externalId ? `id:${r.externalId}` : null, `title:${r.title}`]) {
        if (k && keys.has(k) && !map.has(k)) map.set(k, r.id);
      }
    }
    return map;
  };
  return findOrCreate(
    tx, 'import-event:', uniqueBy(claims.flatMap((c) => (c.event ? [c.event] : [])), eventKey), known.events,
    async (keys) => {
      const { id, title } = splitKeys(keys, 'id', 'title');
      return toMap(await findEvents(tx, { ids: id, titles: title }), new Set(keys));
    },
    async (missing) => {
      const values = missing.map(([, e]) => ({ external_id: e.id ?? null, title: e.title, updated_at: now }));
      // A row without an id in the file gets one as the column default would give it (the
      // default itself cannot be chosen per row in INSERT … SELECT).
      const rows = await sqlRows<Row>(Prisma.sql`
        INSERT INTO events (external_id, title, updated_at)
        SELECT COALESCE(x.external_id, 'cc:event:' || gen_random_uuid()), x.title, x.updated_at
        FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS x(external_id text, title text, updated_at timestamptz)
        RETURNING id, external_id AS "externalId", title`, { tx });
      return toMap(rows, new Set(missing.map(([k]) => k)));
    },
  );
}

/** Thrown when new sources of a batch look like live ones: the batch is refused, each named. */
export class SourcesLikeExisting extends Error {
  constructor(readonly byKey: Map<string, string>) {
    super('Sources that look like existing ones.');
  }
}

const likeExisting = (s: ImportSource, c: DuplicateCandidate & { exact: boolean }) =>
  `source “${s.name}” ${c.exact ? 'has a name or alias of' : 'looks like'} ${describeCandidate(c)}` +
  `${c.exact ? '' : ` (similarity ${c.score})`}: name that source exactly (or by its id), or set confirmNew to add a new one.`;

// A source is found by its id, else by any name or alias its name folds to (decision 012), else
// created: one per folded name, and only when no live source looks like it (unless the line
// says confirmNew), so an import never turns a near-duplicate into a second record silently.
function resolveSources(tx: Tx, claims: ImportClaim[], now: Date, known: KnownReferences) {
  type Row = { id: number; externalId: string; name: string; aliases: string[]; kind: string; alignmentSlug: string };
  const all = uniqueBy(claims.flatMap((c) => c.attributions.map((a) => a.source)), sourceKey);
  const folded = (key: string) => foldName(all.get(key)!.name);
  return findOrCreate(
    tx, 'import-source:', all, known.sources,
    async (keys) => {
      const { id } = splitKeys(keys, 'id', 'name');
      const map = new Map<string, ResolvedSource>();
      for (const r of await findSources(tx, { ids: id, names: [] })) {
        if (keys.includes(`id:${r.externalId}`)) map.set(`id:${r.externalId}`, { id: r.id, kind: r.kind, alignmentSlug: r.alignmentSlug });
      }
      // A "name" that is an identifier (t.me/name, Q1234, a domain) names the live source holding it.
      const asIdentifier = new Map(keys.filter((k) => !map.has(k) && k.startsWith('name:'))
        .flatMap((k) => { const i = identifierInQuery(all.get(k)!.name); return i ? [[k, i] as const] : []; }));
      const holders = await findIdentifierHolders(tx, [...asIdentifier.values()]);
      const holderIds = [...holders.values()].filter((h) => h.live).map((h) => h.sourceId);
      const holderRows = holderIds.length ? await tx.source.findMany({ where: { id: { in: holderIds } }, select: { id: true, kind: true, alignmentSlug: true } }) : [];
      for (const [k, i] of asIdentifier) {
        const holder = holders.get(`${i.kind}:${i.value}`);
        const row = holder?.live ? holderRows.find((r) => r.id === holder.sourceId) : undefined;
        if (row) map.set(k, { id: row.id, kind: row.kind, alignmentSlug: row.alignmentSlug });
      }
      const rest = keys.filter((k) => !map.has(k));
      const byName = await findSourcesByFoldedName(tx, rest.map(folded));
      for (const k of rest) {
        const hit = byName.get(folded(k));
        if (hit) map.set(k, hit);
      }
      return map;
    },
    async (missing) => {
      const asked = missing.filter(([, s]) => !s.confirmNew);
      const alike = await findDuplicatesOfEach(tx, asked.map(([key, s]) => ({ key, names: [s.name, ...s.aliases] })));
      if (alike.size) throw new SourcesLikeExisting(new Map([...alike].map(([k, c]) => [k, likeExisting(all.get(k)!, c)])));
      const groups = new Map<string, [string, ImportSource][]>();
      for (const entry of missing) groups.set(folded(entry[0]), [...(groups.get(folded(entry[0])) ?? []), entry]);
      const values = [...groups.values()].map(([[, s]]) => ({
        external_id: s.id ?? null, name: s.name, kind: s.kind, alignment_slug: s.alignment, aliases: s.aliases, updated_at: now,
      }));
      const rows = await sqlRows<Row>(Prisma.sql`
        INSERT INTO sources (external_id, name, kind, alignment_slug, aliases, updated_at)
        SELECT COALESCE(x.external_id, 'cc:source:' || gen_random_uuid()), x.name, x.kind, x.alignment_slug, x.aliases, x.updated_at
        FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
          AS x(external_id text, name text, kind "SourceKind", alignment_slug text, aliases text[], updated_at timestamptz)
        RETURNING id, external_id AS "externalId", name, aliases, kind::text, alignment_slug AS "alignmentSlug"`, { tx });
      await writeSourceLookupNames(tx, rows);
      const byFolded = new Map(rows.map((r) => [foldName(r.name), { id: r.id, kind: r.kind, alignmentSlug: r.alignmentSlug }]));
      return new Map(missing.map(([k]) => [k, byFolded.get(folded(k))!]));
    },
  );
}

function resolveDocuments(tx: Tx, claims: ImportClaim[], actorId: number, now: Date, known: KnownReferences) {
  type Row = { id: number; normalizedUrl: string; text?: string };
  const toMap = (rows: Row[]) => new Map(rows.map((r) => [r.normalizedUrl, { id: r.id, text: r.text ?? '' }]));
  const cited = claims.flatMap((c) => c.attributions.flatMap((a) => (a.document ? [{ doc: a.document, quote: a.quote ?? null }] : [])));
  return findOrCreate(
    tx, 'import-document:', uniqueBy(cited, (d) => documentKey(d.doc)), known.documents,
    async (keys) => toMap(await findDocumentsByUrl(tx, keys, { withText: true })),
    async (missing) => {
      // Without a text snapshot in the file, the quote is the snapshot, so the quote stays anchored.
      const values = missing.map(([k, { doc, quote }]) => {
        const text = doc.text ?? quote ?? '';
        return { url: doc.url, normalizedUrl: k, title: doc.title, text, textSha256: sha256(text), createdById: actorId, updatedAt: now };
      });
      return toMap(await tx.document.createManyAndReturn({ data: values, select: { id: true, normalizedUrl: true, text: true } }));
    },
  );
}

export async function resolveReferences(
  tx: Tx,
  claims: ImportClaim[],
  actorId: number,
  known: KnownReferences = newKnownReferences(),
): Promise<References> {
  const now = new Date();
  const events = await resolveEvents(tx, claims, now, known);
  const sources = await resolveSources(tx, claims, now, known);
  const documents = await resolveDocuments(tx, claims, actorId, now, known);
  return {
    events: events.map,
    sources: sources.map,
    documents: documents.map,
    created: { events: events.created, sources: sources.created, documents: documents.created },
  };
}
