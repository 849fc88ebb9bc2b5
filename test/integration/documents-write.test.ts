// Documents as captured by reviewers: duplicates offered instead of copied, SHA-256 kept,
// "removed at source" marked without losing the snapshot, and a text edit that re-anchors
// every quote (a quote no longer found is flagged lost, not dropped).
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { POST as postDocument } from '@/app/api/v1/documents/route';
import { PATCH } from '@/app/api/v1/documents/[id]/route';
import { POST as postClaim } from '@/app/api/v1/claims/route';
import { apiRequest, createActor, params, uniq, type TestActor } from '../helpers/auth-fixtures';
import { seeded } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;
beforeAll(async () => {
  reviewer = await createActor('reviewer');
  s = await seeded();
});

const tok = () => ({ kind: 'token' as const, actor: reviewer });
const TEXT = 'Late on June 30, fighting resumed near Kansafrah. Local sources said that five soldiers were killed. By the morning the front had stabilized.';

async function newDocument(extra: object = {}) {
  const url = `https://Example.ORG/${uniq('report')}/`;
  const res = await postDocument(apiRequest(tok(), 'POST', '/api/v1/documents', { url, title: 'Report', text: TEXT, publisherId: s.southFront, publishedAt: '2020-07-01', ...extra }));
  expect(res.status).toBe(201);
  return { url, doc: await res.json() };
}

describe('POST /api/v1/documents', () => {
  it('stores the snapshot with its SHA-256 and capture time', async () => {
    const { doc } = await newDocument();
    expect(doc.textSha256).toBe(createHash('sha256').update(TEXT).digest('hex'));
    expect(new Date(doc.capturedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('detects a duplicate URL after normalising and offers the existing document', async () => {
    const { url, doc } = await newDocument();
    const variant = `${url.replace('https://Example.ORG', 'https://example.org').replace(/\/$/, '')}?utm_source=newsletter#top`;
    const res = await postDocument(apiRequest(tok(), 'POST', '/api/v1/documents', { url: variant, title: 'Again', text: 'Other text' }));
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('duplicate');
    expect(body.current).toMatchObject({ id: doc.id, title: 'Report' });
  });

  it('records a republication of another document', async () => {
    const { doc: original } = await newDocument();
    const { doc } = await newDocument({ republishesId: original.id });
    expect(doc.republishesId).toBe(original.id);
  });
});

describe('PATCH /api/v1/documents/:id', () => {
  const patch = (id: number, body: object) => PATCH(apiRequest(tok(), 'PATCH', `/api/v1/documents/${id}`, body), params({ id: String(id) }));

  it('marks a document removed at source and keeps the snapshot', async () => {
    const { doc } = await newDocument();
    const res = await patch(doc.id, { removedAtSource: true, removedNoticedAt: '2021-01-05', version: 1 });
    expect(res.status).toBe(200);
    const row = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { removedNoticedAt: true, text: true, version: true } });
    expect(row).toEqual({ removedNoticedAt: new Date('2021-01-05T00:00:00Z'), text: TEXT, version: 2 });
    expect((await patch(doc.id, { removedAtSource: false, version: 1 })).status).toBe(409);
  });

  it('re-anchors every quote when the text is edited, flagging the one that disappeared', async () => {
    const { doc } = await newDocument();
    const kept = 'five soldiers were killed';
    const dropped = 'the front had stabilized';
    const claim = await (await postClaim(apiRequest(tok(), 'POST', '/api/v1/claims', {
      text: 'Five soldiers were killed near Kansafrah.',
      attributions: [
        { sourceId: s.proMilitant, role: 'asserts', documentId: doc.id, quote: { exact: kept } },
        { sourceId: s.southFront, role: 'relays', relaysIndex: 0, documentId: doc.id, quote: { exact: dropped } },
      ],
    }))).json();
    const edited = `EDITOR'S NOTE: corrected. ${TEXT.replace('Late on June 30', 'Late on 30 June 2020').replace('By the morning the front had stabilized.', 'Calm returned.')}`;
    const res = await patch(doc.id, { text: edited, version: 1 });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.textSha256).toBe(createHash('sha256').update(edited).digest('hex'));
    expect(body.anchors).toMatchObject({ reanchored: 1, lost: [claim.attributions[1].id] });
    const rows = await db.attribution.findMany({ where: { claimId: claim.id }, orderBy: { id: 'asc' }, select: { anchorStatus: true, quoteStart: true, quoteExact: true } });
    expect(rows[0]).toEqual({ anchorStatus: 'reanchored', quoteStart: edited.indexOf(kept), quoteExact: kept });
    expect(rows[1]).toMatchObject({ anchorStatus: 'lost', quoteExact: dropped });
  });
});
