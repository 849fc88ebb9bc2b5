// Every catalog answer (sources, ratings, alignments, tokens, documents, annotations, events,
// imports) parses with the schema its contract documents, called through the real route
// handlers on the founding example. The schemas are strict: an undocumented field fails.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { demoExternalId } from '@/lib/seed/demo-data';
import * as sourcesRoute from '@/app/api/v1/sources/route';
import * as sourceRoute from '@/app/api/v1/sources/[id]/route';
import * as ratingRoute from '@/app/api/v1/sources/[id]/rating/route';
import * as alignmentsRoute from '@/app/api/v1/alignments/route';
import * as alignmentRoute from '@/app/api/v1/alignments/[slug]/route';
import * as tokensRoute from '@/app/api/v1/tokens/route';
import * as tokenRoute from '@/app/api/v1/tokens/[id]/route';
import * as documentsRoute from '@/app/api/v1/documents/route';
import * as documentRoute from '@/app/api/v1/documents/[id]/route';
import * as annotationsRoute from '@/app/api/v1/documents/[id]/annotations/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as eventRoute from '@/app/api/v1/events/[id]/route';
import * as eventGraphRoute from '@/app/api/v1/events/[id]/graph/route';
import * as exchangeImportRoute from '@/app/api/v1/exchange/import/route';
import * as exchangeExportRoute from '@/app/api/v1/exchange/export/route';
import * as importsRoute from '@/app/api/v1/imports/route';
import { sourceApi } from '@/lib/sources/source-api';
import { ratingApi } from '@/lib/ratings/rating-api';
import { alignmentApi } from '@/lib/alignments/alignment-api';
import { tokenApi } from '@/lib/tokens/token-api';
import { documentApi } from '@/lib/documents/document-api';
import { annotationApi } from '@/lib/annotations/annotation-api';
import { eventApi } from '@/lib/events/event-api';
import { importApi } from '@/lib/import/import-api';
import { SourceDetailSchema, SourcePageSchema, SourceSchema } from '@/lib/sources/source-answers';
import { RatingEditResultSchema } from '@/lib/ratings/rating-answers';
import { AlignmentPageSchema, AlignmentSchema } from '@/lib/alignments/alignment-answers';
import { ApiTokenListSchema, ApiTokenSchema, NewApiTokenSchema } from '@/lib/tokens/token-answers';
import {
  DocumentDetailSchema, DocumentEditResultSchema, DocumentPageSchema, DocumentSchema,
} from '@/lib/documents/document-answers';
import { AnnotationPageSchema } from '@/lib/annotations/annotation-answers';
import { EventDetailSchema, EventGraphSchema, EventPageSchema, EventSchema } from '@/lib/events/event-answers';
import { ImportLineSchema, ImportResultSchema } from '@/lib/import/import-answers';
import { apiRequest, createActor, createTestSource, headersFor, params, TEST_ORIGIN, uniq, type TestActor } from '../helpers/auth-fixtures';

/** The answer's status, then its body parsed with the documented schema (strict: nothing undocumented). */
async function answer<S extends z.ZodType>(res: Response, schema: S | undefined, status = 200): Promise<z.output<S>> {
  if (!schema) throw new Error('This operation documents no answer schema.');
  const text = await res.text();
  expect(res.status, text.slice(0, 500)).toBe(status);
  return schema.parse(JSON.parse(text));
}

const get = (path: string) => apiRequest({ kind: 'anonymous' }, 'GET', path);
const idOf = (id: number) => params({ id: String(id) });

let reviewer: TestActor;
let editor: TestActor;
let admin: TestActor;
const demo = { nebenzya: 0, southFrontDoc: 0, globalResearchDoc: 0, kansafrah: 0 };

beforeAll(async () => {
  [reviewer, editor, admin] = await Promise.all([createActor('reviewer'), createActor('editor'), createActor('admin')]);
  const source = (key: string) => db.source.findUniqueOrThrow({ where: { externalId: demoExternalId('source', key) }, select: { id: true } });
  const document = (key: string) => db.document.findUniqueOrThrow({ where: { externalId: demoExternalId('document', key) }, select: { id: true } });
  demo.nebenzya = (await source('vasily-nebenzya')).id;
  demo.southFrontDoc = (await document('southfront-2020-07-01')).id;
  demo.globalResearchDoc = (await document('globalresearch-2020-07-02')).id;
  demo.kansafrah = (await db.event.findUniqueOrThrow({ where: { externalId: demoExternalId('event', 'kansafrah-clashes') }, select: { id: true } })).id;
});

describe('sources and ratings', () => {
  it('lists a page of sources', async () => {
    const page = await answer(await sourcesRoute.GET(get('/api/v1/sources?limit=5')), sourceApi.list.ok.schema);
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).not.toBeNull();
    const next = await answer(await sourcesRoute.GET(get(`/api/v1/sources?limit=5&cursor=${page.nextCursor}`)), SourcePageSchema);
    expect(next.items[0].name >= page.items[4].name).toBe(true);
    const found = await answer(await sourcesRoute.GET(get('/api/v1/sources?q=Nebenzya')), SourcePageSchema);
    expect(found.items[0]).toMatchObject({ name: 'Vasily Nebenzya', represents: { name: 'Russian Federation' } });
  });

  it('opens the founding example’s source with its rating, histories and track record', async () => {
    const detail = await answer(await sourceRoute.GET(get(`/api/v1/sources/${demo.nebenzya}`), idOf(demo.nebenzya)), sourceApi.get.ok.schema);
    expect(detail.name).toBe('Vasily Nebenzya');
    expect(detail.rating).toMatchObject({ reliability: 'C', version: 1 });
    expect(detail.ratingHistory.length).toBeGreaterThan(0);
    expect(detail.alignmentHistory.length).toBeGreaterThan(0);
    expect(detail.trackRecord.total).toBeGreaterThan(0);
    expect(detail.recentClaims.length).toBeGreaterThan(0);
  });

  it('creates, realigns and rates a source; its detail shows both histories', async () => {
    const created = await answer(
      await sourcesRoute.POST(apiRequest({ kind: 'token', actor: editor }, 'POST', '/api/v1/sources', {
        name: uniq('Syrian Observatory'), kind: 'outlet', alignmentSlug: 'independent', aliases: ['SOHR'],
      })),
      sourceApi.create.ok.schema, 201,
    );
    expect(created).toMatchObject({ alignmentSlug: 'independent', version: 1, ratingVersion: 0, representsId: null });
    const edited = await answer(
      await sourceRoute.PATCH(apiRequest({ kind: 'token', actor: editor }, 'PATCH', `/api/v1/sources/${created.id}`, {
        version: created.version, alignmentSlug: 'pro-militant', alignmentReason: 'Its Idlib reporting relies on opposition channels.',
      }), idOf(created.id)),
      sourceApi.edit.ok.schema,
    );
    expect(edited).toMatchObject({ alignmentSlug: 'pro-militant', version: 2 });
    const rated = await answer(
      await ratingRoute.PUT(apiRequest({ kind: 'token', actor: reviewer }, 'PUT', `/api/v1/sources/${created.id}/rating`, {
        reliability: 'B', rationale: 'Its casualty counts match later UN figures in most checked cases.', version: 0,
      }), idOf(created.id)),
      ratingApi.rate.ok.schema,
    );
    expect(rated).toMatchObject({ version: 1, reliability: 'B', previous: 'F', author: reviewer.name });
    const detail = await answer(await sourceRoute.GET(get(`/api/v1/sources/${created.id}`), idOf(created.id)), SourceDetailSchema);
    expect(detail.rating).toMatchObject({ reliability: 'B', version: 1, author: reviewer.name });
    expect(detail.ratingHistory).toEqual([expect.objectContaining({ version: 1, importOrigin: null })]);
    expect(detail.alignmentHistory.map((c) => [c.from?.slug ?? null, c.to.slug])).toEqual([['independent', 'pro-militant'], [null, 'independent']]);
    expect(RatingEditResultSchema.parse(rated)).toEqual(rated);
    expect(SourceSchema.parse(edited)).toEqual(edited);
  });

  it('an exchange import answers its counts, and the imported rating revision carries its importOrigin', async () => {
    const id = uniq('partner-source');
    const stated = '2019-03-04T05:06:07.000Z';
    const file = [
      { type: 'header', format: 'crosscheck-export', version: 1, exportedAt: '2024-01-02T03:04:05.000Z', generator: 'Partner desk', scope: { event: null } },
      {
        type: 'source', id, name: uniq('Imported source'), kind: 'outlet', alignment: 'pro-government', country: null, language: null, aliases: [],
        description: null, homepage: null, represents: null, reliability: 'C', ratingVersion: 1, version: 1, createdAt: stated, updatedAt: stated,
      },
      { type: 'rating_revision', source: id, version: 1, reliability: 'C', previous: null, rationale: 'Stated by the partner.', author: 'admin@crosscheck.test', createdAt: stated },
    ].map((r) => JSON.stringify(r)).join('\n');
    const res = await exchangeImportRoute.POST(new Request(`${TEST_ORIGIN}/api/v1/exchange/import?name=partner.jsonl`, {
      method: 'POST', headers: headersFor({ kind: 'token', actor: reviewer }), body: file,
    }));
    const result = await answer(res, importApi.exchangeArchive.ok.schema);
    expect(result).toMatchObject({ lines: 2, counts: { source: { created: 1, existing: 0 }, rating_revision: { created: 1, existing: 0 } } });
    expect(ImportResultSchema.parse(result)).toEqual(result);

    const imported = await db.source.findUniqueOrThrow({ where: { externalId: id }, select: { id: true } });
    const detail = await answer(await sourceRoute.GET(get(`/api/v1/sources/${imported.id}`), idOf(imported.id)), SourceDetailSchema);
    expect(detail.ratingHistory[0].importOrigin).toMatchObject({
      file: 'partner.jsonl', generator: 'Partner desk', importedBy: reviewer.name, statedAuthor: 'admin@crosscheck.test', statedCreatedAt: stated,
    });
  });
});

describe('alignments', () => {
  it('lists the vocabulary in one page, adds and edits an alignment', async () => {
    const page = await answer(await alignmentsRoute.GET(get('/api/v1/alignments')), alignmentApi.list.ok.schema);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((a) => a.slug)).toEqual(expect.arrayContaining(['pro-government', 'pro-militant', 'un', 'independent', 'unknown']));
    const slug = uniq('pro-sdf');
    const created = await answer(
      await alignmentsRoute.POST(apiRequest({ kind: 'token', actor: admin }, 'POST', '/api/v1/alignments', { slug, label: 'Pro-SDF', color: '#CC79A7' })),
      alignmentApi.create.ok.schema, 201,
    );
    expect(created).toMatchObject({ slug, retiredAt: null, version: 1 });
    const retired = await answer(
      await alignmentRoute.PATCH(apiRequest({ kind: 'token', actor: admin }, 'PATCH', `/api/v1/alignments/${slug}`, { retired: true, version: 1 }), params({ slug })),
      alignmentApi.edit.ok.schema,
    );
    expect(retired.retiredAt).not.toBeNull();
    expect(AlignmentSchema.parse(retired)).toEqual(retired);
    expect(AlignmentPageSchema.parse(page)).toEqual(page);
  });
});

describe('tokens', () => {
  it('creates a token with its secret once, lists and revokes it', async () => {
    const owner = await createActor('reviewer');
    const created = await answer(
      await tokensRoute.POST(apiRequest({ kind: 'cookie', actor: owner }, 'POST', '/api/v1/tokens', { name: 'Kansafrah import script', expiresInDays: 90 })),
      tokenApi.create.ok.schema, 201,
    );
    expect(created.token).toMatch(/^cc_/);
    expect(created.token.startsWith(created.tokenPrefix)).toBe(true);
    const list = await answer(await tokensRoute.GET(apiRequest({ kind: 'token', actor: owner }, 'GET', '/api/v1/tokens')), tokenApi.list.ok.schema);
    expect(list.items.map((t) => t.id)).toContain(created.id);
    expect(JSON.stringify(list)).not.toContain(created.token);
    const revoked = await answer(
      await tokenRoute.DELETE(apiRequest({ kind: 'token', actor: owner }, 'DELETE', `/api/v1/tokens/${created.id}`), idOf(created.id)),
      tokenApi.revoke.ok.schema,
    );
    expect(revoked.revokedAt).not.toBeNull();
    expect(NewApiTokenSchema.parse(created)).toEqual(created);
    expect(ApiTokenListSchema.parse(list)).toEqual(list);
    expect(ApiTokenSchema.parse(revoked)).toEqual(revoked);
  });
});

describe('documents and annotations', () => {
  it('lists documents and opens the founding example’s republication with its quotes', async () => {
    const page = await answer(await documentsRoute.GET(get('/api/v1/documents?limit=50')), documentApi.list.ok.schema);
    expect(page.items.map((d) => d.id)).toEqual(expect.arrayContaining([demo.southFrontDoc, demo.globalResearchDoc]));
    expect(DocumentPageSchema.parse(page)).toEqual(page);
    const original = await answer(await documentRoute.GET(get(`/api/v1/documents/${demo.southFrontDoc}`), idOf(demo.southFrontDoc)), documentApi.get.ok.schema);
    expect(original.highlights.length).toBeGreaterThan(0);
    expect(original.republishedBy.map((d) => d.id)).toContain(demo.globalResearchDoc);
    const copy = await answer(await documentRoute.GET(get(`/api/v1/documents/${demo.globalResearchDoc}`), idOf(demo.globalResearchDoc)), DocumentDetailSchema);
    expect(copy.republishes?.id).toBe(demo.southFrontDoc);
  });

  it('creates and edits a document (a new text reports its anchors)', async () => {
    const created = await answer(
      await documentsRoute.POST(apiRequest({ kind: 'token', actor: reviewer }, 'POST', '/api/v1/documents', {
        url: `https://example.org/${uniq('idlib')}`, title: 'Idlib frontline report', text: 'Fighting resumed near Kansafrah on June 30.',
        publishedAt: '2020-07-01',
      })),
      documentApi.create.ok.schema, 201,
    );
    expect(created).toMatchObject({ version: 1, publisherId: null });
    const retitled = await answer(
      await documentRoute.PATCH(apiRequest({ kind: 'token', actor: reviewer }, 'PATCH', `/api/v1/documents/${created.id}`, { title: 'Idlib report', version: 1 }), idOf(created.id)),
      documentApi.edit.ok.schema,
    );
    expect(retitled.anchors).toBeNull();
    const rewritten = await answer(
      await documentRoute.PATCH(apiRequest({ kind: 'token', actor: reviewer }, 'PATCH', `/api/v1/documents/${created.id}`, { text: 'Fighting resumed near Kansafrah.', version: 2 }), idOf(created.id)),
      DocumentEditResultSchema,
    );
    expect(rewritten.anchors).toEqual({ anchored: 0, reanchored: 0, lost: [] });
    expect(DocumentSchema.parse(created)).toEqual(created);
  });

  it('answers a document’s quotes as a W3C AnnotationPage', async () => {
    const res = await annotationsRoute.GET(get(`/api/v1/documents/${demo.southFrontDoc}/annotations`), idOf(demo.southFrontDoc));
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const page = await answer(res, annotationApi.list.ok.schema);
    expect(page.partOf.total).toBe(page.items.length);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0].target.selector.type).toBe('TextQuoteSelector');
    expect(AnnotationPageSchema.parse(page)).toEqual(page);
  });
});

describe('events', () => {
  it('lists events, opens the Kansafrah clashes with their columns and graph, and creates one', async () => {
    const page = await answer(await eventsRoute.GET(get('/api/v1/events?limit=50')), eventApi.list.ok.schema);
    expect(page.items.map((e) => e.id)).toContain(demo.kansafrah);
    expect(EventPageSchema.parse(page)).toEqual(page);
    const detail = await answer(await eventRoute.GET(get(`/api/v1/events/${demo.kansafrah}`), idOf(demo.kansafrah)), eventApi.get.ok.schema);
    expect(detail.columns.length).toBeGreaterThan(1);
    expect(detail.contradictions.length).toBeGreaterThan(0);
    expect(EventDetailSchema.parse(detail)).toEqual(detail);
    const graph = await answer(await eventGraphRoute.GET(get(`/api/v1/events/${demo.kansafrah}/graph`), idOf(demo.kansafrah)), eventApi.graph.ok.schema);
    expect(graph.eventId).toBe(demo.kansafrah);
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(EventGraphSchema.parse(graph)).toEqual(graph);
    const created = await answer(
      await eventsRoute.POST(apiRequest({ kind: 'token', actor: reviewer }, 'POST', '/api/v1/events', {
        title: uniq('Shelling near Kafr Nabl'), startsAt: '2020-07-02', placeName: 'Kafr Nabl', latitude: 35.61, longitude: 36.56, placePrecision: 'town',
      })),
      eventApi.create.ok.schema, 201,
    );
    expect(EventSchema.parse(created)).toMatchObject({ placePrecision: 'town', version: 1 });
  });
});

describe('imports and export', () => {
  it('the bulk import streams lines that are each an ImportLine (a batch with a bad row is refused whole)', async () => {
    const p = uniq('catalog');
    const rows = [
      { id: `${p}-1`, text: 'The Syrian Army was forced to retreat after several hours of clashes', attributions: [{ source: { name: 'pro-militant sources' }, role: 'asserts' }] },
      { id: `${p}-2`, text: '' },
    ].map((r) => JSON.stringify(r)).join('\n');
    const base = apiRequest({ kind: 'token', actor: admin }, 'POST', `/api/v1/imports?format=jsonl&name=${p}.jsonl`);
    const res = await importsRoute.POST(new Request(base, { body: `${rows}\n`, duplex: 'half' } as RequestInit));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text()).trim().split('\n').map((l) => ImportLineSchema.parse(JSON.parse(l)));
    const last = lines.at(-1)!;
    expect('summary' in last && last.summary).toMatchObject({ errorCount: 1, batchesRejected: 1, errors: [expect.objectContaining({ line: 2 })] });
    expect(lines.filter((l) => 'progress' in l).length).toBeGreaterThan(0);
    expect(importApi.claimRows.ok.schema).toBe(ImportLineSchema);
  });

  it('the export stays a file of JSON lines (no JSON answer schema)', async () => {
    const res = await exchangeExportRoute.GET(apiRequest({ kind: 'token', actor: editor }, 'GET', `/api/v1/exchange/export?format=jsonl&eventId=${demo.kansafrah}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const records = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(records[0].type).toBe('header');
  });
});
