// Hostile values in ids, query strings, cursors and dates: each is a 400 naming the field (never
// a 500 from PostgreSQL), and the shared field schemas decide it the same way everywhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { apiRequest, createActor, createTestSource, params, type TestActor } from '../helpers/auth-fixtures';
import { encodeCursor } from '@/lib/pagination/cursor';
import { parseRouteId } from '@/lib/pages/route-params';
import { SourceListQuerySchema } from '@/lib/sources/source-list-schema';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import * as claimsRoute from '@/app/api/v1/claims/route';
import * as claimRoute from '@/app/api/v1/claims/[id]/route';
import * as claimHistoryRoute from '@/app/api/v1/claims/[id]/history/route';
import * as claimReviewRoute from '@/app/api/v1/claims/[id]/claimreview/route';
import * as claimAttributionsRoute from '@/app/api/v1/claims/[id]/attributions/route';
import * as claimAttributionRoute from '@/app/api/v1/claims/[id]/attributions/[attributionId]/route';
import * as claimMergeRoute from '@/app/api/v1/claims/[id]/merge/route';
import * as claimRelationsRoute from '@/app/api/v1/claims/[id]/relations/route';
import * as claimRestoreRoute from '@/app/api/v1/claims/[id]/restore/route';
import * as compareRoute from '@/app/api/v1/compare/route';
import * as documentsRoute from '@/app/api/v1/documents/route';
import * as documentRoute from '@/app/api/v1/documents/[id]/route';
import * as documentAnnotationsRoute from '@/app/api/v1/documents/[id]/annotations/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as eventRoute from '@/app/api/v1/events/[id]/route';
import * as eventGraphRoute from '@/app/api/v1/events/[id]/graph/route';
import * as exportRoute from '@/app/api/v1/exchange/export/route';
import * as relationRoute from '@/app/api/v1/relations/[id]/route';
import * as sourcesRoute from '@/app/api/v1/sources/route';
import * as sourceRoute from '@/app/api/v1/sources/[id]/route';
import * as ratingRoute from '@/app/api/v1/sources/[id]/rating/route';
import * as tokenRoute from '@/app/api/v1/tokens/[id]/route';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;

let admin: TestActor;
let claimId: number;
let sourceId: number;

beforeAll(async () => {
  admin = await createActor('admin');
  sourceId = (await createTestSource()).id;
  claimId = (await db.claim.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } })).id;
});

async function call(handler: unknown, method: string, path: string, body?: unknown, p: object = {}) {
  const res = await (handler as Handler)(apiRequest({ kind: 'token', actor: admin }, method, path, body), params(p) as never);
  const text = await res.text();
  let json: Json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the assertion below shows the text.
  }
  return { status: res.status, json, text, headers: res.headers };
}

/** A 400 whose `fields` name `field` (an id, a query parameter, a body path). */
async function expect400Naming(field: string, res: Promise<Awaited<ReturnType<typeof call>>>) {
  const r = await res;
  expect(r.status, `${field}: ${r.text.slice(0, 300)}`).toBe(400);
  expect(Object.keys(r.json?.error?.fields ?? {}), `${field}: ${r.text.slice(0, 300)}`).toContain(field);
}

const BAD_IDS = ['2147483648', '9007199254740992', '99999999999', '-1', '0', '1e3', '0x10', '007', ' 1', '1 ', '1.0', '1\u0000', '１'];

describe('ids in the path', () => {
  const reads: [string, unknown][] = [
    ['claims/:id', claimRoute.GET], ['claims/:id/history', claimHistoryRoute.GET], ['claims/:id/claimreview', claimReviewRoute.GET],
    ['documents/:id', documentRoute.GET], ['documents/:id/annotations', documentAnnotationsRoute.GET],
    ['events/:id', eventRoute.GET], ['events/:id/graph', eventGraphRoute.GET], ['sources/:id', sourceRoute.GET],
  ];
  it.each(reads)('GET %s: each malformed or out-of-range id is a 400 naming `id`', async (path, handler) => {
    for (const id of BAD_IDS) await expect400Naming('id', call(handler, 'GET', `/api/v1/${path.replace(':id', encodeURIComponent(id))}`, undefined, { id }));
  });

  // Bodies that pass validation, so only the id can be wrong.
  const writes: [string, string, unknown, () => unknown][] = [
    ['PATCH', 'claims/:id', claimRoute.PATCH, () => ({ text: 'Edited', version: 1 })],
    ['DELETE', 'claims/:id', claimRoute.DELETE, () => ({})],
    ['POST', 'claims/:id/attributions', claimAttributionsRoute.POST, () => ({ sourceId, role: 'asserts' })],
    ['POST', 'claims/:id/merge', claimMergeRoute.POST, () => ({ mergeId: claimId })],
    ['POST', 'claims/:id/relations', claimRelationsRoute.POST, () => ({ targetClaimId: claimId, type: 'supports' })],
    ['POST', 'claims/:id/restore', claimRestoreRoute.POST, () => ({})],
    ['PATCH', 'documents/:id', documentRoute.PATCH, () => ({ title: 'Edited', version: 1 })],
    ['DELETE', 'relations/:id', relationRoute.DELETE, () => undefined],
    ['PATCH', 'sources/:id', sourceRoute.PATCH, () => ({ name: 'Edited', version: 1 })],
    ['PUT', 'sources/:id/rating', ratingRoute.PUT, () => ({ reliability: 'B', rationale: 'Consistent, sourced reporting in this conflict.', version: 0 })],
    ['DELETE', 'tokens/:id', tokenRoute.DELETE, () => undefined],
  ];
  it.each(writes)('%s %s: each malformed or out-of-range id is a 400 naming `id`', async (method, path, handler, body) => {
    for (const id of BAD_IDS) await expect400Naming('id', call(handler, method, `/api/v1/${path.replace(':id', encodeURIComponent(id))}`, body(), { id }));
  });

  it('DELETE claims/:id/attributions/:attributionId names whichever id is wrong', async () => {
    for (const bad of BAD_IDS) {
      await expect400Naming('id', call(claimAttributionRoute.DELETE, 'DELETE', '/api/v1/claims/x/attributions/1', {}, { id: bad, attributionId: '1' }));
      await expect400Naming('attributionId', call(claimAttributionRoute.DELETE, 'DELETE', '/api/v1/claims/1/attributions/x', {}, { id: String(claimId), attributionId: bad }));
    }
  });

  it('pages treat an out-of-range or malformed id as no page (404), and accept the largest id', () => {
    for (const id of BAD_IDS) expect(parseRouteId(id), JSON.stringify(id)).toBeNull();
    expect(parseRouteId('2147483647')).toBe(2147483647);
    expect(parseRouteId('1')).toBe(1);
  });
});

describe('ids and numbers in bodies', () => {
  const HUGE = 2 ** 31;
  it('POST /claims: out-of-range source, event and figure numbers name their field', async () => {
    const claim = (extra: object, attribution: object = {}) => ({ text: 'A hostile claim', attributions: [{ sourceId, role: 'asserts', ...attribution }], ...extra });
    await expect400Naming('attributions.0.sourceId', call(claimsRoute.POST, 'POST', '/api/v1/claims', claim({}, { sourceId: HUGE })));
    await expect400Naming('attributions.0.sourceId', call(claimsRoute.POST, 'POST', '/api/v1/claims', claim({}, { sourceId: '1e3' })));
    await expect400Naming('eventId', call(claimsRoute.POST, 'POST', '/api/v1/claims', claim({ eventId: HUGE })));
    await expect400Naming('eventId', call(claimsRoute.POST, 'POST', '/api/v1/claims', claim({ eventId: 2 ** 53 })));
    await expect400Naming('figures.0.min', call(claimsRoute.POST, 'POST', '/api/v1/claims', claim({ figures: [{ measure: 'killed', min: HUGE }] })));
    await expect400Naming('attributions.0.quote.start', call(claimsRoute.POST, 'POST', '/api/v1/claims', claim({}, { documentId: 1, quote: { exact: 'x', start: 2 ** 53 } })));
  });

  it('relation, merge, document and source ids name their field', async () => {
    const p = { id: String(claimId) };
    await expect400Naming('targetClaimId', call(claimRelationsRoute.POST, 'POST', `/api/v1/claims/${claimId}/relations`, { targetClaimId: HUGE, type: 'supports' }, p));
    await expect400Naming('targetClaimId', call(claimRelationsRoute.POST, 'POST', `/api/v1/claims/${claimId}/relations`, { targetClaimId: '0x10', type: 'supports' }, p));
    await expect400Naming('mergeId', call(claimMergeRoute.POST, 'POST', `/api/v1/claims/${claimId}/merge`, { mergeId: HUGE }, p));
    await expect400Naming('publisherId', call(documentsRoute.POST, 'POST', '/api/v1/documents', { url: 'https://example.org/hostile', title: 'Hostile', text: 'Text', publisherId: HUGE }));
    await expect400Naming('representsId', call(sourcesRoute.POST, 'POST', '/api/v1/sources', { name: 'Hostile source', kind: 'outlet', alignmentSlug: 'unknown', representsId: HUGE }));
  });

  it('a version beyond the integer range names `version`', async () => {
    await expect400Naming('version', call(sourceRoute.PATCH, 'PATCH', `/api/v1/sources/${sourceId}`, { name: 'Renamed', version: HUGE }, { id: String(sourceId) }));
    await expect400Naming('version', call(claimRoute.PATCH, 'PATCH', `/api/v1/claims/${claimId}`, { text: 'Renamed', version: HUGE }, { id: String(claimId) }));
    await expect400Naming('version', call(ratingRoute.PUT, 'PUT', `/api/v1/sources/${sourceId}/rating`, { reliability: 'B', rationale: 'Consistent, sourced reporting in this conflict.', version: HUGE }, { id: String(sourceId) }));
  });
});

describe('ids in query strings', () => {
  it.each(['2147483648', '9007199254740992', '-1', '1e3', '0x10', '007', ' 1'])('%j as sourceId, eventId, compare ids and export eventId', async (bad) => {
    const q = encodeURIComponent(bad);
    await expect400Naming('sourceId', call(claimsRoute.GET, 'GET', `/api/v1/claims?sourceId=${q}`));
    await expect400Naming('eventId', call(claimsRoute.GET, 'GET', `/api/v1/claims?eventId=${q}`));
    await expect400Naming('ids', call(compareRoute.GET, 'GET', `/api/v1/compare?ids=${claimId},${q}`));
    await expect400Naming('eventId', call(exportRoute.GET, 'GET', `/api/v1/exchange/export?eventId=${q}`));
  });
});

describe('control characters in query parameters', () => {
  const CONTROLS = ['%00', 'a%00b', '%01', '%1F', '%7F', 'abc%0Adef', '%C2%85'];
  it.each(CONTROLS)('q=%s on /sources and /claims is a 400 naming `q`', async (raw) => {
    await expect400Naming('q', call(sourcesRoute.GET, 'GET', `/api/v1/sources?q=${raw}`));
    await expect400Naming('q', call(claimsRoute.GET, 'GET', `/api/v1/claims?q=${raw}`));
  });

  it('the list pages refuse the same query with the schema the API uses', () => {
    expect(SourceListQuerySchema.safeParse({ q: '\u0000' }).success).toBe(false);
    expect(ClaimListQuerySchema.safeParse({ q: 'a\u0001' }).success).toBe(false);
    expect(SourceListQuerySchema.safeParse({ q: 'Reuters' }).success).toBe(true);
  });

  it('enum, slug and date parameters with a NUL are 400s too', async () => {
    await expect400Naming('alignment', call(sourcesRoute.GET, 'GET', '/api/v1/sources?alignment=pro%00'));
    await expect400Naming('kind', call(sourcesRoute.GET, 'GET', '/api/v1/sources?kind=outlet%00'));
    await expect400Naming('from', call(claimsRoute.GET, 'GET', '/api/v1/claims?from=2020-01-01%00'));
    await expect400Naming('credibility', call(claimsRoute.GET, 'GET', '/api/v1/claims?credibility=1%00'));
    await expect400Naming('limit', call(claimsRoute.GET, 'GET', '/api/v1/claims?limit=5%00'));
  });
});

describe('cursors', () => {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
  const lists: [string, unknown][] = [['sources', sourcesRoute.GET], ['claims', claimsRoute.GET], ['events', eventsRoute.GET], ['documents', documentsRoute.GET]];
  const hostile = [
    ['a NUL in the key', encodeCursor('\u0000', 1)],
    ['a NUL after a date', encodeCursor('2020-01-01T00:00:00.000Z\u0000', 1)],
    ['a raw NUL', '%00'],
    ['malformed base64', '!!!!'],
    ['base64 of garbage', b64('\u0000\u0001garbage')],
    ['the wrong shape', b64('{"key":"x","id":1}')],
    ['an id beyond the integer range', encodeCursor('2020-01-01T00:00:00.000Z', 2 ** 31)],
    ['year 0', encodeCursor('0000-01-01T00:00:00.000Z', 1)],
    ['year 275760', encodeCursor('+275760-09-13T00:00:00.000Z', 1)],
    ['year -1', encodeCursor('-000001-01-01T00:00:00.000Z', 1)],
    ['not a date', encodeCursor('yesterday', 1)],
  ];
  it.each(lists)('/%s: every hostile cursor is a 400 naming `cursor`', async (list, handler) => {
    for (const [what, cursor] of hostile) {
      // A name-ordered list takes any name as its key: only the malformed ones apply there.
      if (list === 'sources' && (what.startsWith('year') || what === 'not a date')) continue;
      const url = `/api/v1/${list}?cursor=${cursor.startsWith('%') ? cursor : encodeURIComponent(cursor)}`;
      await expect400Naming('cursor', call(handler, 'GET', url));
    }
  });

  it.each([['1e308'], ['-1e308'], ['1e-50'], ['9'.repeat(400)], ['NaN'], ['Infinity']])('a search cursor scored %s is a 400 naming `cursor`', async (score) => {
    const cursor = encodeCursor(`s::${score}`, 1);
    await expect400Naming('cursor', call(claimsRoute.GET, 'GET', `/api/v1/claims?q=ceasefire&cursor=${cursor}`));
  });

  it('a search cursor whose window is beyond the integer range is a 400 naming `cursor`', async () => {
    await expect400Naming('cursor', call(claimsRoute.GET, 'GET', `/api/v1/claims?q=ceasefire&cursor=${encodeCursor('s:9007199254740991:', 1)}`));
  });

  it('a cursor the API handed out still works', async () => {
    const first = await call(claimsRoute.GET, 'GET', '/api/v1/claims?limit=1');
    expect(first.status).toBe(200);
    const next = await call(claimsRoute.GET, 'GET', `/api/v1/claims?limit=1&cursor=${first.json.nextCursor}`);
    expect(next.status, next.text).toBe(200);
    expect(PageQuerySchema.safeParse({ cursor: encodeCursor(new Date().toISOString(), 5) }).success).toBe(true);
  });
});

describe('dates', () => {
  const EXTREME = ['0000-01-01', '0000-01-01T00:00:00Z', '0999-12-31', '10000-01-01', '+010000-01-01', '-000001-01-01', '-0001-01-01', '1 BC', '2020-02-30', '2020-01-01T00:00:00'];
  it.each(EXTREME)('%s is a 400 naming the date field wherever a date is accepted', async (value) => {
    await expect400Naming('startsAt', call(eventsRoute.POST, 'POST', '/api/v1/events', { title: 'Hostile event', startsAt: value }));
    await expect400Naming('endsAt', call(eventsRoute.POST, 'POST', '/api/v1/events', { title: 'Hostile event', endsAt: value }));
    await expect400Naming('occurredAt', call(claimsRoute.POST, 'POST', '/api/v1/claims', { text: 'Hostile date', occurredAt: value, attributions: [{ sourceId, role: 'asserts' }] }));
    await expect400Naming('attributions.0.statedAt', call(claimsRoute.POST, 'POST', '/api/v1/claims', { text: 'Hostile date', attributions: [{ sourceId, role: 'asserts', statedAt: value }] }));
    await expect400Naming('publishedAt', call(documentsRoute.POST, 'POST', '/api/v1/documents', { url: 'https://example.org/dated', title: 'Dated', text: 'Text', publishedAt: value }));
    await expect400Naming('from', call(claimsRoute.GET, 'GET', `/api/v1/claims?from=${encodeURIComponent(value)}`));
    await expect400Naming('to', call(claimsRoute.GET, 'GET', `/api/v1/claims?to=${encodeURIComponent(value)}`));
  });

  it('the first and last days of the range are accepted', async () => {
    const first = await call(eventsRoute.POST, 'POST', '/api/v1/events', { title: 'Oldest event', startsAt: '1000-01-01' });
    expect(first.status, first.text).toBe(201);
    expect(first.json.startsAt).toBe('1000-01-01T00:00:00.000Z');
    const list = await call(claimsRoute.GET, 'GET', '/api/v1/claims?from=1000-01-01&to=9999-12-31');
    expect(list.status, list.text).toBe(200);
  });
});

describe('a NUL in a server action form field', () => {
  it('is a 400 naming the field, and nothing is written', async () => {
    const { createTokenHandler } = await import('@/app/account/action-handlers');
    const { headersFor, formData } = await import('../helpers/auth-fixtures');
    const actor = await createActor('reviewer');
    const before = await db.apiToken.count({ where: { userId: actor.id } });
    const state = await createTokenHandler.handle(headersFor({ kind: 'cookie', actor }), formData({ name: '3\u0000' }));
    expect(state).toMatchObject({ ok: false, status: 400, fields: { name: ['Remove the NUL character.'] } });
    expect(await db.apiToken.count({ where: { userId: actor.id } })).toBe(before);
  });
});
