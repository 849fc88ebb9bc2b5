// External identifiers of sources through the HTTP handlers: normalised on create and edit, 400
// naming the field when unparseable, 409 naming the source that holds one, searchable (the picker's
// API) by the handle or the address, exported and imported, and a document's address proposing
// the source whose domain or account it is on.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { POST as createRoute, GET as listRoute } from '@/app/api/v1/sources/route';
import { GET as getRoute, PATCH as patchRoute, DELETE as deleteRoute } from '@/app/api/v1/sources/[id]/route';
import { archiveLines, exportArchive } from '@/lib/exchange/export-archive.server';
import { importExchangeArchive } from '@/lib/import/exchange/import-exchange-archive.server';
import { importClaimRows } from '@/lib/import/claim-rows/import-claim-rows.server';
import { sourceForUrl } from '@/lib/sources/source-url-match.server';
import { apiRequest, createActor, params, type Caller, type TestActor } from '../helpers/auth-fixtures';
import { seeded } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let editor: TestActor;
let admin: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;

beforeAll(async () => {
  [reviewer, editor, admin] = await Promise.all([createActor('reviewer'), createActor('editor'), createActor('admin')]);
  s = await seeded();
});

const tok = (actor: TestActor): Caller => ({ kind: 'token', actor });
const tag = () => randomBytes(4).toString('hex').replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
const create = (body: Record<string, unknown>, actor = reviewer) =>
  createRoute(apiRequest(tok(actor), 'POST', '/api/v1/sources', { kind: 'outlet', alignmentSlug: 'pro-militant', confirmNew: true, ...body }));
const patch = (id: number, body: unknown, actor = reviewer) =>
  patchRoute(apiRequest(tok(actor), 'PATCH', `/api/v1/sources/${id}`, body), params({ id: String(id) }));
const get = async (id: number) => (await getRoute(apiRequest(tok(reviewer), 'GET', `/api/v1/sources/${id}`), params({ id: String(id) }))).json();
const search = async (q: string) =>
  (await (await listRoute(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/sources?q=${encodeURIComponent(q)}`))).json()).items as
    { id: number; name: string; identifiers: unknown[]; matched: { name: string; kind: string } }[];
const stored = (sourceId: number) =>
  db.sourceIdentifier.findMany({ where: { sourceId }, select: { kind: true, value: true }, orderBy: [{ kind: 'asc' }, { value: 'asc' }] });

describe('identifiers on create and edit', () => {
  it('normalises what people paste, answers it, audits it and keeps the version rule', async () => {
    const h = tag();
    const res = await create({
      name: `Identifier outlet ${h}`,
      identifiers: [
        { kind: 'telegram', value: `https://t.me/s/Chan_${h}/12` },
        { value: `https://www.${h}-news.example/path/page` },
        { kind: 'wikidata', value: 'https://www.wikidata.org/wiki/Q987654321' },
        { kind: 'telegram', value: `@chan_${h}` },
      ],
    });
    expect(res.status).toBe(201);
    const source = await res.json();
    const expected = [
      { kind: 'wikidata', value: 'Q987654321' }, { kind: 'domain', value: `${h}-news.example` }, { kind: 'telegram', value: `chan_${h}` },
    ];
    expect(source.identifiers).toEqual(expected);
    expect(await stored(source.id)).toEqual(expected);
    expect((await get(source.id)).identifiers).toEqual(expected);

    // An edit replaces the set, at the version read; a stale version changes nothing.
    const stale = await patch(source.id, { identifiers: [], version: source.version + 1 });
    expect(stale.status).toBe(409);
    expect(await stored(source.id)).toHaveLength(3);
    const edited = await patch(source.id, { identifiers: [{ kind: 'x', value: `twitter.com/X${h}` }, { value: 'Q987654321' }], version: source.version });
    expect(edited.status).toBe(200);
    const after = await edited.json();
    expect(after.version).toBe(source.version + 1);
    expect(after.identifiers).toEqual([{ kind: 'wikidata', value: 'Q987654321' }, { kind: 'x', value: `x${h}` }]);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: 'source', entityId: String(source.id), action: 'source.update' } });
    expect(audit.before).toMatchObject({ identifiers: expected });
    expect(audit.after).toMatchObject({ identifiers: after.identifiers });
  });

  it('refuses an identifier in the wrong form with 400 naming the field and the expected form, changing nothing', async () => {
    const h = tag();
    const name = `Bad identifier ${h}`;
    const res = await create({ name, identifiers: [{ kind: 'domain', value: `${h}.example` }, { kind: 'telegram', value: 'https://t.me/joinchat/AbC' }] });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.fields['identifiers.1.value'][0]).toMatch(/Telegram channel such as t\.me\/name/);
    expect(await db.source.count({ where: { name } })).toBe(0);

    const source = await (await create({ name: `Good ${h}`, identifiers: [{ kind: 'domain', value: `${h}.example` }] })).json();
    const bad = await patch(source.id, { identifiers: [{ kind: 'wikidata', value: 'P31' }], name: 'Renamed', version: source.version });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toHaveProperty(['identifiers.0.value']);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { name: true, version: true } })).toEqual({ name: `Good ${h}`, version: source.version });
    expect(await stored(source.id)).toEqual([{ kind: 'domain', value: `${h}.example` }]);
  });

  it('an identifier a live source holds is 409 naming that source; a deleted source gives it up', async () => {
    const h = tag();
    const holder = await (await create({ name: `Holder ${h}`, identifiers: [{ kind: 'telegram', value: `holder_${h}` }] })).json();
    const res = await create({ name: `Taker ${h}`, identifiers: [{ kind: 'telegram', value: `https://t.me/Holder_${h}` }] });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('identifier_taken');
    expect(body.error.message).toContain(`Holder ${h}`);
    expect(body.error.fields['identifiers.0.value'][0]).toContain(`#${holder.id}`);
    expect(body.current).toEqual({ id: holder.id, name: `Holder ${h}`, kind: 'telegram', value: `holder_${h}` });
    expect(await db.source.count({ where: { name: `Taker ${h}` } })).toBe(0);

    const other = await (await create({ name: `Other ${h}` })).json();
    const taken = await patch(other.id, { identifiers: [{ kind: 'telegram', value: `@holder_${h}` }], version: other.version });
    expect(taken.status).toBe(409);
    expect((await db.source.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(other.version);

    // Deleted: the identifier is free for the next source, and the move is audited.
    const deleted = await deleteRoute(apiRequest(tok(editor), 'DELETE', `/api/v1/sources/${holder.id}`, { reason: 'Created twice.' }), params({ id: String(holder.id) }));
    expect(deleted.status).toBe(200);
    const moved = await patch(other.id, { identifiers: [{ kind: 'telegram', value: `@holder_${h}` }], version: other.version });
    expect(moved.status).toBe(200);
    expect(await stored(other.id)).toEqual([{ kind: 'telegram', value: `holder_${h}` }]);
    expect(await stored(holder.id)).toEqual([]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: 'source', entityId: String(other.id), action: 'source.update' } });
    expect(audit.after).toMatchObject({ identifiersTakenFrom: [{ kind: 'telegram', value: `holder_${h}`, sourceId: holder.id }] });
  });
});

describe('two writers adding one identifier at once', () => {
  it('one gets it, the other a 409 naming the first, never a unique-index error', async () => {
    for (let round = 0; round < 5; round++) {
      const h = tag();
      const [a, b] = await Promise.all([create({ name: `Racer A ${h}` }), create({ name: `Racer B ${h} second` })].map(async (r) => (await r).json()));
      const identifiers = [{ kind: 'x', value: `@race${h}` }];
      const answers = await Promise.all([patch(a.id, { identifiers, version: a.version }), patch(b.id, { identifiers, version: b.version })]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const refused = await answers.find((r) => r.status === 409)!.json();
      expect(refused.error.code).toBe('identifier_taken');
      expect(await db.sourceIdentifier.count({ where: { kind: 'x', value: `race${h}` } })).toBe(1);
    }
  });
});

describe('finding a source by an identifier', () => {
  it('GET /api/v1/sources?q= finds it by the address, the handle or the QID, and says what matched', async () => {
    const h = tag();
    const source = await (await create({
      name: `Searchable ${h}`,
      identifiers: [{ kind: 'telegram', value: `t.me/srch_${h}` }, { kind: 'wikidata', value: 'Q777000111' }, { kind: 'domain', value: `${h}-wire.example` }],
    })).json();
    for (const q of [`https://t.me/s/srch_${h}/99`, `t.me/srch_${h}`, `@srch_${h}`, `srch_${h}`, 'q777000111', `https://www.${h}-wire.example/2020/story`]) {
      const items = await search(q);
      expect(items[0]?.id, q).toBe(source.id);
    }
    const [first] = await search(`t.me/srch_${h}`);
    expect(first.matched).toMatchObject({ kind: 'identifier', name: `t.me/srch_${h}` });
    expect(first.identifiers).toContainEqual({ kind: 'telegram', value: `srch_${h}` });

    // An edit that removes the identifier removes it from search too.
    await patch(source.id, { identifiers: [], version: source.version });
    expect((await search(`t.me/srch_${h}`)).map((i) => i.id)).not.toContain(source.id);
  });

  it('a document on a source\'s domain or account proposes that source', async () => {
    const h = tag();
    const outlet = await (await create({ name: `Wire ${h}`, identifiers: [{ kind: 'domain', value: `${h}-wire.example` }, { kind: 'x', value: `@w${h}` }] })).json();
    expect(await sourceForUrl(reviewer, `https://news.${h}-wire.example/a/b?c=d`)).toMatchObject({ id: outlet.id, matched: { kind: 'domain', value: `${h}-wire.example` } });
    expect(await sourceForUrl(reviewer, `https://x.com/W${h}/status/1`)).toMatchObject({ id: outlet.id, matched: { kind: 'x' } });
    expect(await sourceForUrl(reviewer, `https://elsewhere-${h}.example/`)).toBeNull();
    expect(await sourceForUrl(reviewer, 'not a url')).toBeNull();
    // The document form asks the sources search with the address it was given.
    const [top] = await search(`https://news.${h}-wire.example/a/b`);
    expect(top).toMatchObject({ id: outlet.id, matched: { kind: 'identifier', name: `${h}-wire.example` } });
  });
});

describe('export and import', () => {
  const exportLines = async () => [...archiveLines(await exportArchive(admin, {}))].join('').split('\n').filter(Boolean);

  it('exports a source\'s identifiers and imports them onto a new source, normalised', async () => {
    const h = tag();
    const source = await (await create({ name: `Exported ${h}`, identifiers: [{ kind: 'youtube', value: `https://www.youtube.com/@Exp${h}/videos` }] })).json();
    const lines = await exportLines();
    const sourceLine = lines.find((l) => l.includes(`"name":"Exported ${h}"`))!;
    expect(JSON.parse(sourceLine).identifiers).toEqual([{ kind: 'youtube', value: `@exp${h}` }]);

    const header = lines[0];
    const record = {
      ...JSON.parse(sourceLine), id: `test:source:${h}`, name: `Facebook-only page ${h}`, aliases: [], represents: null,
      identifiers: [{ kind: 'facebook', value: `https://www.facebook.com/Imp.${h}/posts/1` }],
    };
    const result = await importExchangeArchive(admin, [header, JSON.stringify(record)].join('\n') + '\n');
    expect(result).toBeTruthy();
    const imported = await db.source.findUniqueOrThrow({ where: { externalId: `test:source:${h}` }, select: { id: true } });
    expect(await stored(imported.id)).toEqual([{ kind: 'facebook', value: `imp.${h}` }]);
    expect((await search(`facebook.com/imp.${h}`))[0]?.id).toBe(imported.id);

    // A new source naming an identifier another source holds is a line issue; nothing is written.
    const clash = { ...record, id: `test:source:${h}-2`, name: `Quite another channel ${tag()}`, identifiers: [{ kind: 'youtube', value: `@Exp${h}` }] };
    await expect(importExchangeArchive(admin, [header, JSON.stringify(clash)].join('\n') + '\n')).rejects.toMatchObject({
      status: 400, fields: { 'line 2': expect.arrayContaining([expect.stringContaining(`belongs to “Exported ${h}” (#${source.id})`)]) },
    });
    const badForm = { ...record, id: `test:source:${h}-3`, name: `Unrelated bureau ${tag()}`, identifiers: [{ kind: 'wikidata', value: 'nope' }] };
    await expect(importExchangeArchive(admin, [header, JSON.stringify(badForm)].join('\n') + '\n')).rejects.toMatchObject({
      status: 400, fields: { 'line 2': expect.arrayContaining([expect.stringContaining('Wikidata item such as Q1234')]) },
    });
    expect(await db.source.count({ where: { externalId: { in: [`test:source:${h}-2`, `test:source:${h}-3`] } } })).toBe(0);
  });

  it('a bulk claim import naming a source by its identifier uses that source', async () => {
    const h = tag();
    const source = await (await create({ name: `Bulk ${h}`, identifiers: [{ kind: 'telegram', value: `bulk_${h}` }] })).json();
    const line = JSON.stringify({ id: `test:claim:${h}`, text: `A claim relayed on Telegram ${h}`, attributions: [{ source: { name: `https://t.me/bulk_${h}` }, role: 'asserts' }] });
    const summary = await importClaimRows(admin, { input: Readable.from([line]), format: 'jsonl', label: `ids-${h}.jsonl` });
    expect(summary).toMatchObject({ claimsImported: 1, sourcesCreated: 0, errorCount: 0 });
    const claim = await db.claim.findUniqueOrThrow({ where: { externalId: `test:claim:${h}` }, select: { attributions: { select: { sourceId: true } } } });
    expect(claim.attributions).toEqual([{ sourceId: source.id }]);
  });
});

describe('the founding example', () => {
  it('a seeded source takes an identifier and is found by it', async () => {
    const gr = await db.source.findUniqueOrThrow({ where: { id: s.globalResearch }, select: { version: true } });
    const res = await patch(s.globalResearch, { identifiers: [{ value: 'https://www.globalresearch.ca/' }], version: gr.version });
    expect(res.status).toBe(200);
    expect((await search('globalresearch.ca'))[0]?.id).toBe(s.globalResearch);
    expect(await sourceForUrl(reviewer, 'https://www.globalresearch.ca/video-internal-tensions/5717335')).toMatchObject({ id: s.globalResearch });
  });
});
