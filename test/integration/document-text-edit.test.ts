// Correcting a document's stored text: the replaced title and text stay in the text history with
// their SHA-256, every quote is re-anchored and reported (anchored, re-anchored, lost), a stale
// version changes nothing, and refused input changes nothing either.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { POST as postDocument } from '@/app/api/v1/documents/route';
import { PATCH } from '@/app/api/v1/documents/[id]/route';
import { GET as getRevisions } from '@/app/api/v1/documents/[id]/revisions/route';
import { GET as getRevision } from '@/app/api/v1/documents/[id]/revisions/[version]/route';
import { POST as postClaim } from '@/app/api/v1/claims/route';
import { DocumentEditResultSchema } from '@/lib/documents/document-answers';
import { DocumentRevisionListSchema, DocumentRevisionTextSchema } from '@/lib/documents/document-revision-answers';
import { listLostQuotes } from '@/lib/documents/document-queries.server';
import { apiRequest, createActor, params, uniq, type Caller, type TestActor } from '../helpers/auth-fixtures';
import { seeded } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;
beforeAll(async () => {
  reviewer = await createActor('reviewer');
  s = await seeded();
});

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const tok = (): Caller => ({ kind: 'token', actor: reviewer });
const TEXT = 'Late on June 30, fighting resumed near Kansafrah. Local sources said that five soldiers were killed. By the morning the front had stabilized.';
const EDITED = 'Late on June 30, fighting resumed near Kansafrah and Bayanin. Local sources said that five soldiers were killed. Calm returned.';
const KEPT = 'Late on June 30, fighting resumed';
const MOVED = 'five soldiers were killed';
const GONE = 'the front had stabilized';

const patch = (id: number, body: object, caller: Caller = tok()) =>
  PATCH(apiRequest(caller, 'PATCH', `/api/v1/documents/${id}`, body), params({ id: String(id) }));

/** A document with one claim quoting it three times: a quote that stays, one that moves, one that goes. */
async function quotedDocument() {
  const res = await postDocument(apiRequest(tok(), 'POST', '/api/v1/documents', { url: `https://example.org/${uniq('idlib')}`, title: 'Idlib report', text: TEXT }));
  expect(res.status).toBe(201);
  const doc = (await res.json()) as { id: number };
  const quote = (exact: string) => {
    const start = TEXT.indexOf(exact);
    return { exact, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + exact.length, start + exact.length + 32), start };
  };
  const claimRes = await postClaim(apiRequest(tok(), 'POST', '/api/v1/claims', {
    text: 'Five soldiers were killed near Kansafrah.',
    attributions: [
      { sourceId: s.proMilitant, role: 'asserts', documentId: doc.id, quote: quote(KEPT) },
      { sourceId: s.southFront, role: 'relays', relaysIndex: 0, documentId: doc.id, quote: quote(MOVED) },
      { sourceId: s.globalResearch, role: 'relays', relaysIndex: 1, documentId: doc.id, quote: quote(GONE) },
    ],
  }));
  expect(claimRes.status).toBe(201);
  const claim = (await claimRes.json()) as { id: number; attributions: { id: number }[] };
  const [kept, moved, gone] = claim.attributions.map((a) => a.id);
  return { documentId: doc.id, claimId: claim.id, kept, moved, gone };
}

/** Everything an edit could have written for this document. */
async function stateOf(documentId: number) {
  return {
    document: await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true, text: true, textSha256: true, version: true } }),
    revisions: await db.documentRevision.count({ where: { documentId } }),
    quotes: await db.attribution.findMany({
      where: { documentId }, orderBy: { id: 'asc' },
      select: { anchorStatus: true, quoteExact: true, quotePrefix: true, quoteSuffix: true, quoteStart: true },
    }),
    audit: await db.auditEntry.count({ where: { entityType: 'document', entityId: String(documentId) } }),
    claims: await db.claim.findMany({ where: { attributions: { some: { documentId } } }, select: { id: true, version: true }, orderBy: { id: 'asc' } }),
    claimRevisions: await db.claimRevision.count({ where: { claim: { attributions: { some: { documentId } } } } }),
  };
}

describe('editing a document’s text', () => {
  it('keeps the replaced text with its SHA-256 and reports every quote as anchored, re-anchored or lost', async () => {
    const q = await quotedDocument();
    const res = await patch(q.documentId, { text: EDITED, reason: 'The outlet corrected its report.', version: 1 });
    expect(res.status).toBe(200);
    const body = DocumentEditResultSchema.parse(await res.json());
    expect(body).toMatchObject({ version: 2, textSha256: sha(EDITED), anchors: { anchored: 1, reanchored: 1, lost: [q.gone] } });
    expect(body.anchoring).toMatchObject({ anchored: 1, reanchored: 1, lost: 1 });
    const byId = new Map(body.anchoring!.quotes.map((x) => [x.attributionId, x]));
    expect(byId.get(q.kept)).toMatchObject({ status: 'anchored', claimId: q.claimId, before: { exact: KEPT, start: 0 }, after: { exact: KEPT, start: 0 } });
    expect(byId.get(q.moved)).toMatchObject({
      status: 'reanchored', claimId: q.claimId, sourceName: expect.any(String),
      before: { exact: MOVED, start: TEXT.indexOf(MOVED) }, after: { exact: MOVED, start: EDITED.indexOf(MOVED) },
    });
    expect(byId.get(q.moved)!.after!.prefix).toBe(EDITED.slice(EDITED.indexOf(MOVED) - 32, EDITED.indexOf(MOVED)));
    expect(byId.get(q.gone)).toMatchObject({ status: 'lost', before: { exact: GONE, start: TEXT.indexOf(GONE) }, after: null });

    const revision = await db.documentRevision.findUniqueOrThrow({ where: { documentId_version: { documentId: q.documentId, version: 1 } } });
    expect(revision).toMatchObject({ action: 'edit', title: 'Idlib report', text: TEXT, textSha256: sha(TEXT), authorId: reviewer.id, reason: 'The outlet corrected its report.' });
    expect(revision.anchoring).toEqual(body.anchoring);
    expect(body.revision).toEqual({ id: revision.id, version: 1 });

    const rows = await db.attribution.findMany({ where: { documentId: q.documentId }, orderBy: { id: 'asc' }, select: { anchorStatus: true, quoteStart: true, quoteExact: true } });
    expect(rows).toEqual([
      { anchorStatus: 'anchored', quoteStart: 0, quoteExact: KEPT },
      { anchorStatus: 'reanchored', quoteStart: EDITED.indexOf(MOVED), quoteExact: MOVED },
      { anchorStatus: 'lost', quoteStart: TEXT.indexOf(GONE), quoteExact: GONE },
    ]);
    const claimRevision = await db.claimRevision.findFirstOrThrow({ where: { claimId: q.claimId }, orderBy: { id: 'desc' }, select: { action: true, version: true, authorId: true } });
    expect(claimRevision).toEqual({ action: 'quote.reanchor', version: 2, authorId: reviewer.id });
    expect(await db.claim.findUniqueOrThrow({ where: { id: q.claimId }, select: { version: true } })).toEqual({ version: 2 });
    const lost = await listLostQuotes(null, q.documentId);
    expect(lost).toEqual([expect.objectContaining({ attributionId: q.gone, claimId: q.claimId, exact: GONE })]);
  });

  it('keeps every earlier text, each with its own hash, readable through the text history', async () => {
    const q = await quotedDocument();
    expect((await patch(q.documentId, { text: EDITED, version: 1 })).status).toBe(200);
    const third = `${EDITED} Shelling resumed at noon.`;
    expect((await patch(q.documentId, { text: third, title: 'Idlib report (corrected)', reason: 'A later paragraph was added.', version: 2 })).status).toBe(200);

    const list = DocumentRevisionListSchema.parse(await (await getRevisions(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/documents/${q.documentId}/revisions`), params({ id: String(q.documentId) }))).json());
    expect(list.items.map((r) => [r.version, r.title, r.textSha256, r.reason])).toEqual([
      [2, 'Idlib report', sha(EDITED), 'A later paragraph was added.'],
      [1, 'Idlib report', sha(TEXT), null],
    ]);
    expect(list.items[0].anchoring).toMatchObject({ anchored: 2, lost: 1 });
    expect(list.items[0].author).toEqual({ id: reviewer.id, name: reviewer.name });

    for (const [version, text] of [[1, TEXT], [2, EDITED]] as const) {
      const res = await getRevision(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/documents/${q.documentId}/revisions/${version}`), params({ id: String(q.documentId), version: String(version) }));
      const one = DocumentRevisionTextSchema.parse(await res.json());
      expect(one).toMatchObject({ documentId: q.documentId, version, text, textSha256: sha(text) });
    }
    const missing = await getRevision(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/documents/${q.documentId}/revisions/3`), params({ id: String(q.documentId), version: '3' }));
    expect(missing.status).toBe(404);
    expect((await stateOf(q.documentId)).document).toMatchObject({ text: third, textSha256: sha(third), version: 3, title: 'Idlib report (corrected)' });
  });

  it('keeps a replaced title without re-anchoring, and writes no revision for other details', async () => {
    const q = await quotedDocument();
    const retitled = DocumentEditResultSchema.parse(await (await patch(q.documentId, { title: 'Idlib frontline report', version: 1 })).json());
    expect(retitled).toMatchObject({ anchors: null, anchoring: null, revision: { version: 1 } });
    expect(await db.documentRevision.findFirst({ where: { documentId: q.documentId }, select: { title: true, text: true, anchoring: true } }))
      .toEqual({ title: 'Idlib report', text: TEXT, anchoring: null });
    const authored = DocumentEditResultSchema.parse(await (await patch(q.documentId, { author: 'South Front', version: 2 })).json());
    expect(authored.revision).toBeNull();
    expect(await db.claim.findUniqueOrThrow({ where: { id: q.claimId }, select: { version: true } })).toEqual({ version: 1 });
    expect(await db.documentRevision.count({ where: { documentId: q.documentId } })).toBe(1);
  });

  it('answers a stale version with 409 and the current version, changing nothing', async () => {
    const q = await quotedDocument();
    expect((await patch(q.documentId, { title: 'Idlib report, first correction', version: 1 })).status).toBe(200);
    const before = await stateOf(q.documentId);
    const res = await patch(q.documentId, { text: EDITED, reason: 'Correcting from an old tab.', version: 1 });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.current).toMatchObject({ version: 2, title: 'Idlib report, first correction', textSha256: sha(TEXT) });
    expect(await stateOf(q.documentId)).toEqual(before);
  });

  it('refuses anonymous writers and bad input with a 4xx naming the field, changing nothing', async () => {
    const q = await quotedDocument();
    const before = await stateOf(q.documentId);
    expect((await patch(q.documentId, { text: EDITED, version: 1 }, { kind: 'anonymous' })).status).toBe(401);
    const cases: [object, string][] = [
      [{ text: EDITED, reason: 'short', version: 1 }, 'reason'],
      [{ text: '   ', version: 1 }, 'text'],
      [{ text: EDITED }, 'version'],
      [{ title: '', version: 1 }, 'title'],
      [{ text: 7, version: 1 }, 'text'],
    ];
    for (const [input, field] of cases) {
      const res = await patch(q.documentId, input);
      expect(res.status, JSON.stringify(input)).toBe(400);
      expect(Object.keys((await res.json()).error.fields), JSON.stringify(input)).toContain(field);
    }
    const nothing = await patch(q.documentId, { reason: 'Only a reason and nothing else.', version: 1 });
    expect(nothing.status).toBe(400);
    expect((await patch(q.documentId, { text: 'x'.repeat(2 * 1024 * 1024 + 1), version: 1 })).status).toBe(413);
    expect(await stateOf(q.documentId)).toEqual(before);
  });

  it('audits the edit with both hashes, from a signed-in browser as from a token', async () => {
    const q = await quotedDocument();
    const res = await patch(q.documentId, { text: EDITED, reason: 'The outlet corrected its report.', version: 1 }, { kind: 'cookie', actor: reviewer });
    expect(res.status).toBe(200);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityType: 'document', entityId: String(q.documentId), action: 'document.update' },
      orderBy: { id: 'desc' }, select: { actorId: true, before: true, after: true },
    });
    const revision = await db.documentRevision.findFirstOrThrow({ where: { documentId: q.documentId }, select: { id: true } });
    expect(entry.actorId).toBe(reviewer.id);
    expect(entry.before).toMatchObject({ textSha256: sha(TEXT), version: 1 });
    expect(entry.after).toMatchObject({ textSha256: sha(EDITED), version: 2, revisionId: revision.id, reason: 'The outlet corrected its report.', anchors: { lost: [q.gone] } });
  });
});
