// Capturing a claim with its provenance through POST /api/v1/claims: the happy path of
// scenario 2, then every bad input the issue lists, each a 4xx JSON error that writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { POST as postClaim } from '@/app/api/v1/claims/route';
import { POST as postAttribution } from '@/app/api/v1/claims/[id]/attributions/route';
import { POST as postDocument } from '@/app/api/v1/documents/route';
import { apiRequest, createActor, params, uniq, type TestActor } from '../helpers/auth-fixtures';
import { QUOTE, rawRequest, scenarioTwoBody, seeded, writtenBy } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;

beforeAll(async () => {
  reviewer = await createActor('reviewer');
  s = await seeded();
});

const as = () => ({ kind: 'token' as const, actor: reviewer });
const create = (body: unknown) => postClaim(apiRequest(as(), 'POST', '/api/v1/claims', body));

describe('POST /api/v1/claims', () => {
  it('records scenario 2: three hops, one origin, the quote anchored in the Global Research copy', async () => {
    const res = await create(scenarioTwoBody(s));
    expect(res.status).toBe(201);
    const claim = await res.json();
    expect(claim.attributions.map((a: { source: { name: string }; depth: number }) => [a.source.name, a.depth])).toEqual([
      ['pro-militant sources', 0], ['South Front', 1], ['Global Research', 2],
    ]);
    expect(claim).toMatchObject({ originCount: 1, carrierCount: 3, version: 1, credibility: 6, placePrecision: 'town', occurredPrecision: 'day' });
    const gr = claim.attributions[2];
    expect(gr.quote.exact).toBe(QUOTE);
    expect(s.grDocument.text.slice(gr.quote.start, gr.quote.start + QUOTE.length)).toBe(QUOTE);
    expect(gr.quote.prefix.length).toBe(32);
    expect(claim.figures).toMatchObject([{ measure: 'killed', min: 5, max: null }]);
    expect(claim.parties).toMatchObject([{ role: 'target', name: 'Syrian Army' }]);
    const revisions = await db.claimRevision.findMany({ where: { claimId: claim.id } });
    expect(revisions).toMatchObject([{ version: 1, action: 'create', authorId: reviewer.id }]);
    expect(await db.auditEntry.count({ where: { entityType: 'claim', entityId: String(claim.id), action: 'claim.create' } })).toBe(1);
  });

  it('fills the selector from the text when only the exact words are given', async () => {
    const body = scenarioTwoBody(s);
    body.attributions[2].quote = { exact: QUOTE } as never;
    const claim = await (await create(body)).json();
    expect(claim.attributions[2].quote.start).toBe(s.grDocument.text.indexOf(QUOTE));
  });

  it('creates a new event in the same transaction', async () => {
    const title = uniq('Clashes near Bayanin');
    const res = await create(scenarioTwoBody(s, { newEvent: { title, startsAt: '2020-06-30', placeName: 'Bayanin', placePrecision: 'town' } }));
    expect(res.status).toBe(201);
    expect((await res.json()).event.title).toBe(title);
  });
});

type Bad = { name: string; body?: unknown; raw?: BodyInit; status: number; code?: string; field?: string };

const badBodies = (): Bad[] => {
  const base = scenarioTwoBody(s);
  const withAttr = (i: number, patch: object) => ({ ...base, attributions: base.attributions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return [
    { name: 'an empty quote', body: withAttr(2, { quote: { exact: '' } }), status: 400, field: 'attributions.2.quote.exact' },
    { name: 'a blank quote', body: withAttr(2, { quote: { exact: '   ' } }), status: 400, field: 'attributions.2.quote.exact' },
    { name: 'a selector not matching the text', body: withAttr(2, { quote: { exact: 'were forced to advance after hours of celebrations' } }), status: 400, field: 'attributions.2.quote.exact' },
    { name: 'a quote without its document', body: withAttr(2, { documentId: null }), status: 400, field: 'attributions.2.documentId' },
    { name: 'a source id that does not exist', body: withAttr(1, { sourceId: 987654321 }), status: 400, field: 'attributions.1.sourceId' },
    { name: 'a document id that does not exist', body: withAttr(2, { documentId: 987654321 }), status: 400, field: 'attributions.2.documentId' },
    { name: 'a stated date two days ahead', body: withAttr(1, { statedAt: new Date(Date.now() + 2 * 86_400_000).toISOString() }), status: 400, field: 'attributions.1.statedAt' },
    { name: 'an occurrence date next year', body: { ...base, occurredAt: `${new Date().getUTCFullYear() + 1}-01-01` }, status: 400, field: 'occurredAt' },
    { name: 'a relay cycle', body: { ...base, attributions: [{ sourceId: s.southFront, role: 'relays', relaysIndex: 1 }, { sourceId: s.globalResearch, role: 'relays', relaysIndex: 0 }] }, status: 400, field: 'attributions.0.relaysIndex' },
    { name: 'a relay of itself', body: withAttr(1, { relaysIndex: 1 }), status: 400, field: 'attributions.1.relaysIndex' },
    { name: 'a relay index outside the claim', body: withAttr(1, { relaysIndex: 9 }), status: 400, field: 'attributions.1.relaysIndex' },
    { name: 'a claim of 5,001 characters', body: { ...base, text: 'x'.repeat(5001) }, status: 400, field: 'text' },
    { name: 'a figure with min above max', body: { ...base, figures: [{ measure: 'killed', min: 9, max: 3 }] }, status: 400, field: 'figures.0.max' },
    { name: 'an unknown event', body: { ...base, eventId: 987654321 }, status: 400, field: 'eventId' },
    { name: 'no attributions', body: { ...base, attributions: [] }, status: 400, field: 'attributions' },
    { name: 'a 10 MB body', raw: JSON.stringify({ ...base, text: 'x'.repeat(10 * 1024 * 1024) }), status: 413, code: 'too_large' },
    { name: 'invalid UTF-8', raw: new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), status: 400, code: 'invalid_input' },
    { name: 'a raw NUL byte', raw: JSON.stringify(base).replace('retreat near', 'retreat\u0000near'), status: 400, code: 'invalid_input' },
    { name: 'an escaped NUL', raw: JSON.stringify({ ...base, text: 'retreat\u0000near' }), status: 400, code: 'invalid_input' },
    { name: 'malformed JSON', raw: '{"text": ', status: 400, code: 'invalid_json' },
  ];
};

describe('bad input to POST /api/v1/claims is refused with a 4xx and writes nothing', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i))('case %i', async (i) => {
    const bad = badBodies()[i];
    const before = await writtenBy(reviewer);
    const res = bad.raw !== undefined
      ? await postClaim(rawRequest(as(), 'POST', '/api/v1/claims', bad.raw))
      : await create(bad.body);
    expect(res.status, bad.name).toBe(bad.status);
    const json = await res.json();
    expect(json.error.message, bad.name).toEqual(expect.any(String));
    if (bad.code) expect(json.error.code, bad.name).toBe(bad.code);
    if (bad.field) expect(Object.keys(json.error.fields ?? {}), bad.name).toContain(bad.field);
    expect(await writtenBy(reviewer), bad.name).toEqual(before);
  });

  it('refuses a relay pointing at another claim’s attribution, on create and on add', async () => {
    const other = await (await create(scenarioTwoBody(s))).json();
    const target = await (await create(scenarioTwoBody(s))).json();
    const before = await writtenBy(reviewer);
    const foreign = other.attributions[0].id;

    const onCreate = await create({ ...scenarioTwoBody(s), attributions: [{ sourceId: s.southFront, role: 'relays', relaysId: foreign }] });
    expect(onCreate.status).toBe(400);
    expect((await onCreate.json()).error.fields).toHaveProperty('attributions.0.relaysId');

    const onAdd = await postAttribution(
      apiRequest(as(), 'POST', `/api/v1/claims/${target.id}/attributions`, { sourceId: s.southFront, role: 'relays', relaysId: foreign }),
      params({ id: String(target.id) }),
    );
    expect(onAdd.status).toBe(400);
    expect((await onAdd.json()).error.fields).toHaveProperty('relaysId');
    expect(await writtenBy(reviewer)).toEqual(before);
    expect(await db.claim.findUniqueOrThrow({ where: { id: target.id }, select: { version: true } })).toEqual({ version: 1 });
  });

  it('the database itself refuses a cross-claim relay that skipped the checks', async () => {
    const a = await (await create(scenarioTwoBody(s))).json();
    const b = await (await create(scenarioTwoBody(s))).json();
    await expect(db.attribution.update({ where: { id: b.attributions[1].id }, data: { relaysId: a.attributions[0].id } })).rejects.toThrow();
  });
});

describe('bad documents are refused', () => {
  it.each([
    ['javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['data: URL', { url: 'data:text/html,hi' }, 'url'],
    ['future publication date', { publishedAt: '2999-01-01' }, 'publishedAt'],
    ['unknown publisher', { publisherId: 987654321 }, 'publisherId'],
    ['empty text', { text: '' }, 'text'],
  ])('%s', async (_name, patch, field) => {
    const before = await writtenBy(reviewer);
    const body = { url: `https://example.org/${uniq('page')}`, title: 'A page', text: 'Some text.', ...patch };
    const res = await postDocument(apiRequest(as(), 'POST', '/api/v1/documents', body));
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fields ?? {})).toContain(field);
    expect(await writtenBy(reviewer)).toEqual(before);
  });

  it('a document text over 2 MB is a 413', async () => {
    const before = await writtenBy(reviewer);
    const body = { url: `https://example.org/${uniq('big')}`, title: 'Big', text: 'é'.repeat(1_100_000) };
    const res = await postDocument(apiRequest(as(), 'POST', '/api/v1/documents', body));
    expect(res.status).toBe(413);
    expect(await writtenBy(reviewer)).toEqual(before);
  });
});
