// Finding a source under any spelling (names and aliases, accents, misspellings, other scripts)
// and refusing duplicates at creation, through the route handlers and the bulk import, on the
// founding example (docs/decisions/012-source-lookup.md).
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import * as sourcesRoute from '@/app/api/v1/sources/route';
import * as exchangeImportRoute from '@/app/api/v1/exchange/import/route';
import { importClaimRows } from '@/lib/import/claim-rows/import-claim-rows.server';
import { writeSourceLookupNames } from '@/lib/sources/source-lookup-names.server';
import { apiRequest, createActor, headersFor, TEST_ORIGIN, uniq, type TestActor } from '../helpers/auth-fixtures';

type Item = { id: number; name: string; matched: { name: string; kind: 'name' | 'alias'; score: number } | null; claimCount: number };

let reviewer: TestActor;
let admin: TestActor;

async function search(q: string, extra = ''): Promise<Item[]> {
  const res = await sourcesRoute.GET(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/sources?q=${encodeURIComponent(q)}${extra}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Item[] }).items;
}

const create = (body: Record<string, unknown>) =>
  sourcesRoute.POST(apiRequest({ kind: 'token', actor: reviewer }, 'POST', '/api/v1/sources', { kind: 'outlet', alignmentSlug: 'unknown', ...body }));

beforeAll(async () => {
  reviewer = await createActor('reviewer');
  admin = await createActor('admin');
});

describe('GET /api/v1/sources?q= finds a source under any spelling', () => {
  it.each([
    ['Небензя', 'Vasily Nebenzya'],
    ['Nebenzia', 'Vasily Nebenzya'],
    ['Nebensya', 'Vasily Nebenzya'],
    ['Nebenzja', 'Vasily Nebenzya'],
    ['nebenz', 'Vasily Nebenzya'],
    ['VASILY NEBENZYA', 'Vasily Nebenzya'],
    ['Hayat Tahrir ash-Sham', 'Hayat Tahrir al-Sham'],
    ['هيئة تحرير الشام', 'Hayat Tahrir al-Sham'],
    ['Syrian Arab Armyy', 'Syrian Arab Army'],
  ])('%s finds %s first', async (q, name) => {
    const [first] = await search(q);
    expect(first?.name).toBe(name);
  });

  it('finds a name by its first letters, even two of them', async () => {
    expect((await search('Ne')).map((s) => s.name)).toContain('Vasily Nebenzya');
    expect((await search('Hayat Tah')).map((s) => s.name)[0]).toBe('Hayat Tahrir al-Sham');
  });

  it('says which name or alias matched, and how', async () => {
    const [byAlias] = await search('Vasily Nebenzia');
    expect(byAlias.name).toBe('Vasily Nebenzya');
    expect(byAlias.matched).toEqual({ name: 'Vasily Nebenzia', kind: 'alias', score: 1 });
    const [byName] = await search('vasily nebenzya');
    expect(byName.matched).toEqual({ name: 'Vasily Nebenzya', kind: 'name', score: 1 });
    const [misspelt] = await search('Nebensya');
    expect(misspelt.matched?.score).toBeGreaterThan(0.5);
    expect(misspelt.matched?.score).toBeLessThan(1);
    expect(misspelt.claimCount).toBeGreaterThan(0);
  });

  it('ranks exact name, then exact alias, then prefix, then similarity', async () => {
    const word = uniq('Zorbat').replace('-', '');
    // Creation refuses a second source with a taken name or alias; older data may have them.
    const add = async (name: string, aliases: string[] = []) => {
      const s = await db.source.create({ data: { name, aliases, kind: 'outlet', alignmentSlug: 'unknown' }, select: { id: true, name: true, aliases: true } });
      await db.$transaction((tx) => writeSourceLookupNames(tx, [s]));
      return s.id;
    };
    const ids = {
      similar: await add(`${word.slice(0, -1)}x Monitor`),
      prefix: await add(`${word} Weekly`),
      alias: await add(`Other ${uniq('Q')}`, [word]),
      name: await add(word),
    };
    const found = (await search(word)).map((s) => s.id);
    expect(found.slice(0, 3)).toEqual([ids.name, ids.alias, ids.prefix]);
    expect(found).toContain(ids.similar);
    expect(found.indexOf(ids.similar)).toBeGreaterThan(2);
  });

  it('leaves out deleted sources', async () => {
    const name = `Deleted ${uniq('Outlet')}`;
    const res = await create({ name });
    const { id } = (await res.json()) as { id: number };
    expect((await search(name)).map((s) => s.id)).toContain(id);
    await db.source.update({ where: { id }, data: { deletedAt: new Date() } });
    expect((await search(name)).map((s) => s.id)).not.toContain(id);
  });
});

describe('POST /api/v1/sources refuses duplicates and says why', () => {
  it('409 duplicate, with the existing source, when the name folds to a taken name or alias', async () => {
    const before = await db.source.count();
    for (const name of ['vasily  NEBENZYA', 'Vasily Nebenzia', 'Василий Небензя']) {
      const res = await create({ name });
      expect(res.status).toBe(409);
      const body = (await res.json()) as { error: { code: string; fields: Record<string, string[]> }; current: { id: number; sourceName: string } };
      expect(body.error.code).toBe('duplicate');
      expect(body.error.fields.name).toBeDefined();
      expect(body.current.sourceName).toBe('Vasily Nebenzya');
    }
    // confirmNew does not override an exact duplicate.
    expect((await create({ name: 'Vasily Nebenzia', confirmNew: true })).status).toBe(409);
    expect(await db.source.count()).toBe(before);
  });

  it('409 possible_duplicate lists similar sources; confirmNew creates it anyway', async () => {
    const res = await create({ name: 'Vasily Nebenzyaa' });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { code: string }; current: { candidates: { sourceName: string; score: number }[] } };
    expect(body.error.code).toBe('possible_duplicate');
    expect(body.current.candidates[0].sourceName).toBe('Vasily Nebenzya');
    expect(body.current.candidates[0].score).toBeGreaterThanOrEqual(0.5);

    const confirmed = await create({ name: 'Vasily Nebenzyaa', confirmNew: true });
    expect(confirmed.status).toBe(201);
    const { id } = (await confirmed.json()) as { id: number };
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: 'source', entityId: String(id), action: 'source.create' }, select: { after: true } });
    expect((audit.after as { confirmedDespite: number[] }).confirmedDespite.length).toBeGreaterThan(0);
  });

  it('numbers tell sources apart: "Brigade 13" is no near duplicate of "Brigade 12"', async () => {
    const base = uniq('Brigade').replace(/[0-9-]/g, '');
    expect((await create({ name: `${base} Brigade 12` })).status).toBe(201);
    expect((await create({ name: `${base} Brigade 13` })).status).toBe(201);
  });
});

describe('bulk import resolves sources the same way', () => {
  const run = (lines: object[]) =>
    importClaimRows(admin, { input: Readable.from([lines.map((l) => JSON.stringify(l)).join('\n')]), format: 'jsonl', label: 'lookup.jsonl' });

  it('another spelling of a name or alias is the same source; a near duplicate is a line issue, not a new record', async () => {
    const before = await db.source.count();
    const summary = await run([
      { id: uniq('c'), text: 'Said at the Council', attributions: [{ source: { name: 'ВАСИЛИЙ НЕБЕНЗЯ', kind: 'official', alignment: 'pro-government' }, role: 'asserts' }] },
    ]);
    expect(summary.errorCount).toBe(0);
    expect(summary.sourcesCreated).toBe(0);
    const nebenzya = await db.source.findFirstOrThrow({ where: { name: 'Vasily Nebenzya' }, select: { id: true } });
    const claim = await db.claim.findFirstOrThrow({ where: { text: 'Said at the Council' }, select: { attributions: { select: { sourceId: true } } } });
    expect(claim.attributions[0].sourceId).toBe(nebenzya.id);

    const near = await run([
      { id: uniq('c'), text: 'Near duplicate line', attributions: [{ source: { name: 'Hayat Tahrir al-Shamm', kind: 'armed_group' }, role: 'asserts' }] },
    ]);
    expect(near.errorCount).toBe(1);
    expect(near.errors[0]).toMatchObject({ line: 1 });
    expect(near.errors[0].message).toMatch(/looks like “Hayat Tahrir al-Sham” \(#\d+\)/);
    expect(await db.source.count()).toBe(before);
    expect(await db.claim.count({ where: { text: 'Near duplicate line' } })).toBe(0);

    const confirmed = await run([
      { id: uniq('c'), text: 'Confirmed new source', attributions: [{ source: { name: 'Hayat Tahrir al-Shamm', kind: 'armed_group', confirmNew: true }, role: 'asserts' }] },
    ]);
    expect(confirmed.errorCount).toBe(0);
    expect(confirmed.sourcesCreated).toBe(1);
    const [found] = await search('Hayat Tahrir al-Shamm');
    expect(found.name).toBe('Hayat Tahrir al-Shamm');
  });
});

describe('exchange import resolves sources the same way', () => {
  const at = '2024-01-02T03:04:05.000Z';
  const importSource = (name: string) => {
    const file = [
      { type: 'header', format: 'crosscheck-export', version: 1, exportedAt: at, generator: 'Partner desk', scope: { event: null } },
      {
        type: 'source', id: uniq('partner'), name, kind: 'armed_group', alignment: 'pro-government', country: null, language: null, aliases: [],
        description: null, homepage: null, represents: null, reliability: 'C', ratingVersion: 0, version: 1, createdAt: at, updatedAt: at,
      },
    ].map((r) => JSON.stringify(r)).join('\n');
    return exchangeImportRoute.POST(new Request(`${TEST_ORIGIN}/api/v1/exchange/import?name=partner.jsonl`, {
      method: 'POST', headers: headersFor({ kind: 'token', actor: admin }), body: file,
    }));
  };

  it('a source under another id but a known name in another script is the existing one', async () => {
    const before = await db.source.count();
    const res = await importSource('الجيش العربي السوري');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { counts: Record<string, unknown> }).counts.source).toEqual({ created: 0, existing: 1 });
    expect(await db.source.count()).toBe(before);
  });

  it('a near duplicate refuses the file, naming the line and the existing source', async () => {
    const before = await db.source.count();
    const res = await importSource('Syrian Arab Armyy');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Record<string, string[]> } };
    expect(body.error.fields['line 2'][0]).toMatch(/looks like “Syrian Arab Army”/);
    expect(await db.source.count()).toBe(before);
  });
});
