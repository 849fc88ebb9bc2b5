// Export → import into an empty database → export again gives the same file (ids aside), for
// the founding example plus 10,000 generated claims; importing again creates nothing. The
// imported rows are the importer's, made at the import; the file's authors and dates survive as
// stated provenance and are what the second export writes.
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { applyMigrations } from '@/lib/db/schema-engine';
import { seedDatabase } from '@/lib/seed/seed-database';
import type { Viewer } from '@/lib/auth/viewer';
import { archiveLines, exportArchive } from '@/lib/exchange/export-archive.server';
import { archiveCsvLines } from '@/lib/exchange/export-csv';
import { importExchangeArchive } from '@/lib/import/exchange/import-exchange-archive.server';
import { ImportOriginSchema } from '@/lib/import-origin/import-origin';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../setup/throwaway-database';
import { generateArchive } from '../helpers/generate-archive';

const GENERATED_CLAIMS = 10_000;
// An empty database has no alignments, and only an admin may add them.
type Side = { database: ThrowawayDatabase; client: PrismaClient; admin: NonNullable<Viewer> };

async function openDatabase(label: string): Promise<Side> {
  const database = await createThrowawayDatabase(label);
  await applyMigrations(database.url, { log: () => {} });
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  const user = await client.user.create({ data: { email: `exchange-${label}@crosscheck.test`, name: 'Exchange admin', role: 'admin' } });
  return { database, client, admin: { id: user.id, role: 'admin', email: user.email, name: user.name } };
}

const fileOf = async (side: Side, eventId?: number) => [...archiveLines(await exportArchive(side.admin, { eventId }, side.client))].join('');
// The header carries the export time, and an added alignment is dated by its import (alignments
// keep no stated provenance); everything else must match line for line once sorted.
const undatedAlignment = (line: string) =>
  line.startsWith('{"type":"alignment",') ? line.replace(/"createdAt":"[^"]*","updatedAt":"[^"]*"/, '"createdAt":"…","updatedAt":"…"') : line;
const body = (file: string) => file.split('\n').slice(1).filter(Boolean).map(undatedAlignment).sort();

function firstDifference(a: string[], b: string[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `line ${i}:\n  ${a[i]}\n  ${b[i]}`;
  return null;
}

const sides: Side[] = [];
let source: Side;
let target: Side;
let firstExport: string;

beforeAll(async () => {
  source = await openDatabase('xsrc');
  target = await openDatabase('xdst');
  sides.push(source, target);
  await seedDatabase({ client: source.client });
  // South Front aligned differently in the founding example's conflict: its alignment there
  // and that change in its history make the round trip too.
  const syria = await source.client.conflict.findFirstOrThrow({ where: { name: 'Syrian civil war' }, select: { id: true } });
  const southFront = await source.client.source.findUniqueOrThrow({ where: { externalId: 'demo:source:south-front' }, select: { id: true } });
  const reason = 'Writes for one of the belligerents here rather than for a government it supports.';
  await source.client.sourceConflictAlignment.create({ data: { sourceId: southFront.id, conflictId: syria.id, alignmentSlug: 'independent', reason } });
  await source.client.sourceAlignmentChange.create({
    data: { sourceId: southFront.id, conflictId: syria.id, fromSlug: 'pro-government', toSlug: 'independent', reason, authorId: source.admin.id },
  });
  await generateArchive(source.client, GENERATED_CLAIMS);
  firstExport = await fileOf(source);
}, 120_000);

afterAll(async () => {
  for (const side of sides) {
    await side.client.$disconnect();
    await side.database.drop();
  }
});

const tableCounts = async (client: PrismaClient) => ({
  sources: await client.source.count(), documents: await client.document.count(), events: await client.event.count(),
  claims: await client.claim.count(), attributions: await client.attribution.count(), relations: await client.claimRelation.count(),
  revisions: await client.ratingRevision.count(), changes: await client.sourceAlignmentChange.count(),
  conflicts: await client.conflict.count(), conflictAlignments: await client.sourceConflictAlignment.count(),
  parties: await client.claimParty.count(), figures: await client.claimFigure.count(), claimRevisions: await client.claimRevision.count(),
});

describe('JSON Lines exchange', () => {
  it('reproduces the archive exactly in an empty database', async () => {
    const lines = body(firstExport);
    expect(lines.filter((l) => l.startsWith('{"type":"claim",')).length).toBeGreaterThan(GENERATED_CLAIMS);
    const users = await target.client.user.count();
    const result = await importExchangeArchive(target.admin, firstExport, { client: target.client, fileName: 'first.jsonl' });
    expect(result.counts.claim.created).toBeGreaterThan(GENERATED_CLAIMS);
    // The file's people are stated authors, not accounts.
    expect(await target.client.user.count()).toBe(users);
    const second = body(await fileOf(target));
    expect(second.filter((l) => !lines.includes(l))).toEqual([]);
    expect(second.length).toBe(lines.length);
    expect(firstDifference(lines, second)).toBeNull();
    expect(lines.filter((l) => l.startsWith('{"type":"source_conflict_alignment",'))).toHaveLength(1);
    expect(await target.client.sourceConflictAlignment.count()).toBe(1);
    expect(await target.client.event.count({ where: { conflict: { name: 'Syrian civil war' } } }))
      .toBe(await source.client.event.count({ where: { conflict: { name: 'Syrian civil war' } } }));
    // Search context was rebuilt for the imported claims: each has at least its speakers' names.
    const [{ missing }] = await target.client.$queryRaw<{ missing: number }[]>`
      SELECT count(*)::int AS missing FROM claims c
      WHERE c.search_context = ''::tsvector AND EXISTS (SELECT 1 FROM attributions a WHERE a.claim_id = c.id)`;
    expect(missing).toBe(0);
  }, 120_000);

  it('keeps the file’s authors and dates as stated provenance, the importer as author', async () => {
    const demoClaim = await source.client.claim.findUniqueOrThrow({
      where: { externalId: 'demo:claim:retreat' }, select: { createdAt: true, createdBy: { select: { email: true, name: true } } },
    });
    const imported = await target.client.claim.findUniqueOrThrow({
      where: { externalId: 'demo:claim:retreat' }, select: { createdById: true, createdAt: true, importOrigin: true },
    });
    expect(imported.createdById).toBe(target.admin.id);
    expect(imported.createdAt.getTime()).toBeGreaterThan(demoClaim.createdAt.getTime());
    expect(ImportOriginSchema.parse(imported.importOrigin)).toMatchObject({
      file: 'first.jsonl', importedBy: { id: target.admin.id, email: target.admin.email },
      statedAuthor: { email: demoClaim.createdBy!.email, name: demoClaim.createdBy!.name }, statedCreatedAt: demoClaim.createdAt.toISOString(),
    });
  });

  it('merges by external id: importing again creates no duplicates', async () => {
    const before = await tableCounts(target.client);
    const result = await importExchangeArchive(target.admin, firstExport, { client: target.client });
    for (const [type, c] of Object.entries(result.counts)) expect(c.created, type).toBe(0);
    expect(await tableCounts(target.client)).toEqual(before);
  }, 120_000);

  it('exports one event with everything it refers to, which imports cleanly on its own', async () => {
    const event = await source.client.event.findFirstOrThrow({ where: { title: 'Generated event 3' }, select: { id: true } });
    const file = await fileOf(source, event.id);
    const fresh = await openDatabase('xevt');
    sides.push(fresh);
    const result = await importExchangeArchive(fresh.admin, file, { client: fresh.client });
    // The event's claims, plus any claim one of them was merged into.
    expect(result.counts.claim.created).toBeGreaterThanOrEqual(await source.client.claim.count({ where: { eventId: event.id } }));
    expect(await fresh.client.claim.count({ where: { event: { title: 'Generated event 3' } } })).toBe(await source.client.claim.count({ where: { eventId: event.id } }));
    expect(body(await fileOf(fresh))).toEqual(body(file));
  }, 60_000);

  it('refuses a bad file naming the lines, and writes nothing', async () => {
    const before = await tableCounts(target.client);
    const header = firstExport.split('\n')[0];
    const bad = [header, '{"type":"claim","id":"x"}', 'not json',
      '{"type":"attribution","id":"cc:attribution:new","claim":"cc:claim:nowhere","source":"s","role":"asserts","document":null,"selector":null,"quoteStart":null,"anchorStatus":"anchored","venue":null,"statedAt":null,"relays":null,"createdBy":null,"createdAt":"2020-01-01T00:00:00.000Z"}',
    ].join('\n');
    await expect(importExchangeArchive(target.admin, bad, { client: target.client })).rejects.toMatchObject({ status: 400, fields: expect.objectContaining({ 'line 2': expect.any(Array), 'line 3': ['not valid JSON'] }) });
    const onlyBadRef = [header, bad.split('\n')[3]].join('\n');
    await expect(importExchangeArchive(target.admin, onlyBadRef, { client: target.client })).rejects.toMatchObject({ status: 400, fields: { 'line 2': [expect.stringContaining('unknown claim')] } });
    await expect(importExchangeArchive(target.admin, '{"type":"claim"}', { client: target.client })).rejects.toMatchObject({ status: 400 });
    expect(await tableCounts(target.client)).toEqual(before);
  });

  it('refuses anonymous export, and an import of records the role may not add', async () => {
    await expect(exportArchive(null, {}, source.client)).rejects.toMatchObject({ status: 401 });
    await expect(importExchangeArchive(null, firstExport, { client: target.client })).rejects.toMatchObject({ status: 401 });
    // Into an empty database the file adds alignments (admin) and rated claims (editor).
    const empty = await openDatabase('xrole');
    sides.push(empty);
    for (const role of ['reviewer', 'editor'] as const) {
      await expect(importExchangeArchive({ ...empty.admin, role }, firstExport, { client: empty.client })).rejects.toMatchObject({ status: 403 });
    }
    expect(await empty.client.claim.count()).toBe(0);
  }, 60_000);
});

describe('CSV export', () => {
  it('has one row per claim, with formula-looking cells neutralised', async () => {
    const archive = await exportArchive(source.admin, {}, source.client);
    const csv = [...archiveCsvLines(archive.records)];
    expect(csv.length - 1).toBe(archive.records.filter((r) => r.type === 'claim').length);
    expect(csv[0]).toContain('claim_id,text');
  }, 60_000);
});
