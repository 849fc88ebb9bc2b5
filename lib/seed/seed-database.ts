// Writes the founding example. Idempotent and additive: rows are found by their external id or
// natural key and created only when missing, never overwritten, so seeding again creates
// nothing and cannot undo a reviewer's edits (or add a second version-1 rating revision).
import { createHash } from 'node:crypto';
import { db, sqlExecute, type Db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';
import { summariseProvenance } from '@/lib/claims/provenance';
import { normalizeUrl } from '@/lib/documents/normalize-url';
import {
  DEMO_ACCOUNTS, DEMO_ALIGNMENTS, DEMO_AUTHOR_EMAIL, DEMO_CLAIMS, DEMO_CONFLICT, DEMO_DOCUMENTS, DEMO_EVENTS, DEMO_PASSWORD,
  DEMO_RELATIONS, DEMO_SOURCES, demoExternalId, textQuote, type DemoClaim,
} from './demo-data';
import { seedClaimRelations } from './seed-relations';
import { refreshStaleSourceLookupNames, writeSourceLookupNames } from '@/lib/sources/source-lookup-names.server';
import { normaliseIdentifier } from '@/lib/sources/source-identifiers';

export type SeedResult = { created: number; existing: number; createdByTable: Record<string, number> };

type Tally = { count: (table: string, created: boolean) => void };
type Ids = Map<string, number>;

const date = (iso: string | undefined) => (iso ? new Date(iso) : null);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
// Serialises concurrent seeds (say, the app and a script started together) on one database.
const SEED_LOCK = 717_335;

export type SeedOptions = {
  log?: (message: string) => void;
  /** Another database's client (tests seed a second, isolated database); defaults to lib/db's. */
  client?: Db;
};

export async function seedDatabase(options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const client = options.client ?? db;
  const createdByTable: Record<string, number> = {};
  let existing = 0;
  const tally: Tally = {
    count: (table, created) => {
      if (created) createdByTable[table] = (createdByTable[table] ?? 0) + 1;
      else existing += 1;
    },
  };

  await client.$transaction(
    async (tx) => {
      await sqlExecute(Prisma.sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`, { tx });
      await seedAlignments(tx, tally);
      const authorId = await seedUsers(tx, tally);
      const sources = await seedSources(tx, tally, authorId);
      const documents = await seedDocuments(tx, tally, sources, authorId);
      const events = await seedEvents(tx, tally);
      await seedConflict(tx, tally, events, authorId);
      const claims: Ids = new Map();
      for (const claim of DEMO_CLAIMS) {
        claims.set(claim.key, await seedClaim(tx, tally, claim, { sources, documents, events, authorId }));
      }
      await seedClaimRelations(tx, tally, DEMO_RELATIONS, claims, authorId);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  // Sources written before their names were folded for lookup (or by an older folding) get it now.
  await refreshStaleSourceLookupNames(client);

  const created = Object.values(createdByTable).reduce((sum, n) => sum + n, 0);
  log(created ? `Founding example: created ${created} rows (${describe(createdByTable)}).` : 'Founding example already present.');
  return { created, existing, createdByTable };
}

const describe = (byTable: Record<string, number>) =>
  Object.entries(byTable).map(([table, n]) => `${n} ${table}`).join(', ');

async function seedAlignments(tx: Tx, tally: Tally) {
  for (const a of DEMO_ALIGNMENTS) {
    const found = await tx.alignment.findUnique({ where: { slug: a.slug }, select: { slug: true } });
    if (!found) await tx.alignment.create({ data: a });
    tally.count('alignments', !found);
  }
}

async function seedUsers(tx: Tx, tally: Tally): Promise<number> {
  for (const account of DEMO_ACCOUNTS) {
    const found = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (!found) await tx.user.create({ data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    tally.count('users', !found);
  }
  const author = await tx.user.findUniqueOrThrow({ where: { email: DEMO_AUTHOR_EMAIL }, select: { id: true } });
  return author.id;
}

async function seedSources(tx: Tx, tally: Tally, authorId: number): Promise<Ids> {
  const ids: Ids = new Map();
  for (const { key, representsKey, rating, ...source } of DEMO_SOURCES) {
    const externalId = demoExternalId('source', key);
    const found = await tx.source.findUnique({ where: { externalId }, select: { id: true } });
    tally.count('sources', !found);
    if (found) {
      ids.set(key, found.id);
      continue;
    }
    const representsId = representsKey ? ids.get(representsKey) : undefined;
    if (representsKey && representsId === undefined) throw new Error(`Demo source ${key} represents unknown ${representsKey}`);
    const { id } = await tx.source.create({
      data: { ...source, externalId, representsId, reliability: rating.reliability, ratingVersion: 1 },
      select: { id: true },
    });
    ids.set(key, id);
    // A source's own web domain is its first identifier: capturing from its pages proposes it.
    const domain = source.homepage ? normaliseIdentifier('domain', source.homepage) : null;
    if (domain?.ok) await tx.sourceIdentifier.create({ data: { sourceId: id, ...domain.identifier, createdById: authorId } });
    await writeSourceLookupNames(tx, [{ id, name: source.name, aliases: source.aliases ?? [] }]);
    await tx.ratingRevision.create({
      data: { sourceId: id, version: 1, reliability: rating.reliability, previous: null, rationale: rating.rationale, authorId },
    });
    await tx.sourceAlignmentChange.create({
      data: { sourceId: id, fromSlug: null, toSlug: source.alignmentSlug, reason: source.description, authorId },
    });
    tally.count('rating revisions', true);
    tally.count('alignment changes', true);
  }
  return ids;
}

async function seedDocuments(tx: Tx, tally: Tally, sources: Ids, authorId: number): Promise<Ids> {
  const ids: Ids = new Map();
  for (const d of DEMO_DOCUMENTS) {
    const normalizedUrl = normalizeUrl(d.url);
    const found = await tx.document.findUnique({ where: { normalizedUrl }, select: { id: true } });
    tally.count('documents', !found);
    if (found) {
      ids.set(d.key, found.id);
      continue;
    }
    const { id } = await tx.document.create({
      data: {
        externalId: demoExternalId('document', d.key),
        url: d.url,
        normalizedUrl,
        title: d.title,
        publisherId: sources.get(d.publisherKey),
        author: d.author,
        publishedAt: date(d.publishedAt),
        retrievedAt: date(d.retrievedAt),
        language: d.language,
        text: d.text,
        textSha256: sha256(d.text),
        sourceCredit: d.sourceCredit,
        republishesId: d.republishesKey ? ids.get(d.republishesKey) : undefined,
        createdById: authorId,
      },
      select: { id: true },
    });
    ids.set(d.key, id);
  }
  return ids;
}

async function seedEvents(tx: Tx, tally: Tally): Promise<Ids> {
  const ids: Ids = new Map();
  for (const { key, startsAt, endsAt, ...event } of DEMO_EVENTS) {
    const externalId = demoExternalId('event', key);
    const found = await tx.event.findUnique({ where: { externalId }, select: { id: true } });
    const row =
      found ??
      (await tx.event.create({
        data: { ...event, externalId, startsAt: date(startsAt), endsAt: date(endsAt) },
        select: { id: true },
      }));
    tally.count('events', !found);
    ids.set(key, row.id);
  }
  return ids;
}

// The conflict is found by its external id, then by name (one an editor created first). Its
// events join it only when the conflict is created here: after that, an editor who moved an
// event out of it is not overruled by the next seed.
async function seedConflict(tx: Tx, tally: Tally, events: Ids, authorId: number) {
  const externalId = demoExternalId('conflict', DEMO_CONFLICT.key);
  const found = await tx.conflict.findFirst({
    where: { OR: [{ externalId }, { name: { equals: DEMO_CONFLICT.name, mode: 'insensitive' } }] },
    select: { id: true },
  });
  tally.count('conflicts', !found);
  if (found) return;
  const { id } = await tx.conflict.create({
    data: { externalId, name: DEMO_CONFLICT.name, description: DEMO_CONFLICT.description, createdById: authorId },
    select: { id: true },
  });
  await tx.event.updateMany({ where: { id: { in: [...events.values()] }, conflictId: null }, data: { conflictId: id } });
}

type ClaimRefs = { sources: Ids; documents: Ids; events: Ids; authorId: number };

const need = (ids: Ids, key: string, what: string) => {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo data names unknown ${what} "${key}"`);
  return id;
};

/** A claim is seeded as a unit: when it exists, its attributions, parties and figures are left alone. */
async function seedClaim(tx: Tx, tally: Tally, claim: DemoClaim, refs: ClaimRefs): Promise<number> {
  const externalId = demoExternalId('claim', claim.key);
  const found = await tx.claim.findUnique({ where: { externalId }, select: { id: true } });
  tally.count('claims', !found);
  if (found) return found.id;

  const { key: _key, eventKey, occurredAt, parties, figures = [], attributions, ...fields } = claim;
  const provenance = summariseProvenance(
    attributions.map((a) => {
      const source = DEMO_SOURCES.find((s) => s.key === a.sourceKey);
      return { id: a.key, role: a.role, relaysId: a.relaysKey ?? null, sourceId: a.sourceKey,
        sourceKind: source?.kind, alignmentSlug: source?.alignmentSlug };
    }),
  );
  const { id: claimId } = await tx.claim.create({
    data: {
      ...fields,
      externalId,
      language: 'en',
      occurredAt: date(occurredAt),
      eventId: need(refs.events, eventKey, 'event'),
      createdById: refs.authorId,
      ...provenance,
    },
    select: { id: true },
  });

  const attributionIds: Ids = new Map();
  for (const a of attributions) {
    const document = a.documentKey ? DEMO_DOCUMENTS.find((d) => d.key === a.documentKey) : undefined;
    const selector = document && a.quote ? textQuote(document.text, a.quote) : undefined;
    if (selector && selector.quoteStart < 0) throw new Error(`Demo quote for ${a.key} is not in ${a.documentKey}`);
    const { id } = await tx.attribution.create({
      data: {
        externalId: demoExternalId('attribution', a.key),
        claimId,
        sourceId: need(refs.sources, a.sourceKey, 'source'),
        role: a.role,
        documentId: a.documentKey ? need(refs.documents, a.documentKey, 'document') : undefined,
        ...selector,
        venue: a.venue,
        statedAt: date(a.statedAt),
        relaysId: a.relaysKey ? need(attributionIds, a.relaysKey, 'attribution') : undefined,
        createdById: refs.authorId,
      },
      select: { id: true },
    });
    attributionIds.set(a.key, id);
    tally.count('attributions', true);
  }
  for (const p of parties) {
    await tx.claimParty.create({
      data: { claimId, role: p.role, name: p.name, sourceId: p.sourceKey ? need(refs.sources, p.sourceKey, 'source') : undefined },
    });
    tally.count('claim parties', true);
  }
  for (const f of figures) {
    await tx.claimFigure.create({ data: { claimId, ...f } });
    tally.count('claim figures', true);
  }
  return claimId;
}
