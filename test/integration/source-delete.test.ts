// Deleting a source (editor): only one nothing refers to; one in use is 409 saying how many
// claims use it and pointing to a merge. Soft: restorable, audited, hidden from lists, pickers
// and feeds, shown to editors only.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from '@/app/api/v1/sources/[id]/route';
import { POST as restoreRoute } from '@/app/api/v1/sources/[id]/restore/route';
import { PUT as rateRoute } from '@/app/api/v1/sources/[id]/rating/route';
import { GET as listRoute } from '@/app/api/v1/sources/route';
import { GET as sourceFeed } from '@/app/sources/[id]/feed.xml/route';
import { POST as postClaim } from '@/app/api/v1/claims/route';
import { apiRequest, createActor, createTestSource, params, type Caller, type TestActor } from '../helpers/auth-fixtures';
import { scenarioTwoBody, seeded } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let editor: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;

beforeAll(async () => {
  [reviewer, editor] = await Promise.all([createActor('reviewer'), createActor('editor')]);
  s = await seeded();
});

const tok = (actor: TestActor): Caller => ({ kind: 'token', actor });
const anon: Caller = { kind: 'anonymous' };
const p = (id: number) => params({ id: String(id) });
const del = (caller: Caller, id: number, body: unknown = {}) => deleteRoute(apiRequest(caller, 'DELETE', `/api/v1/sources/${id}`, body), p(id));
const restore = (caller: Caller, id: number, body: unknown = {}) => restoreRoute(apiRequest(caller, 'POST', `/api/v1/sources/${id}/restore`, body), p(id));
const get = (caller: Caller, id: number) => getRoute(apiRequest(caller, 'GET', `/api/v1/sources/${id}`), p(id));
const row = (id: number) => db.source.findUniqueOrThrow({ where: { id }, select: { deletedAt: true, deletedById: true, version: true } });
const audits = (id: number) => db.auditEntry.findMany({ where: { entityType: 'source', entityId: String(id) }, select: { action: true, actorId: true }, orderBy: { id: 'asc' } });

describe('DELETE /api/v1/sources/:id', () => {
  it('a source in use by claims is refused with how many, pointing to a merge, and nothing changes', async () => {
    const source = await createTestSource();
    for (let i = 0; i < 2; i++) {
      const body = scenarioTwoBody(s);
      body.attributions = [{ sourceId: source.id, role: 'asserts' }];
      expect((await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', body))).status).toBe(201);
    }
    const res = await del(tok(editor), source.id, { reason: 'Duplicate.' });
    expect(res.status).toBe(409);
    const answer = await res.json();
    expect(answer.error.message).toMatch(/2 claims use this source/);
    expect(answer.error.message).toMatch(/merge it into another source instead/);
    expect(answer.current.uses).toMatchObject({ claims: 2 });
    expect(await row(source.id)).toMatchObject({ deletedAt: null, version: 1 });
    expect(await audits(source.id)).toEqual([]);
  });

  it('a source used only by a deleted claim is still in use (the claim can be restored)', async () => {
    const source = await createTestSource();
    const body = scenarioTwoBody(s);
    body.attributions = [{ sourceId: source.id, role: 'asserts' }];
    const claim = await (await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', body))).json();
    await db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    const res = await del(tok(editor), source.id);
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/1 claim uses this source/);
  });

  it('a party, a publisher or a represented source cannot be deleted either', async () => {
    const party = await createTestSource();
    const body = scenarioTwoBody(s, { parties: [{ role: 'target', name: 'Someone', sourceId: party.id }] });
    expect((await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', body))).status).toBe(201);
    const r1 = await del(tok(editor), party.id);
    expect(r1.status).toBe(409);
    expect((await r1.json()).error.message).toMatch(/named as a party in 1 claim/);

    const publisher = await createTestSource();
    // A document of its own: the founding example's documents are shared with other test files.
    const url = `https://example.test/published-${publisher.id}`;
    await db.document.create({ data: { url, normalizedUrl: url, title: 'Statement', text: 'A statement.', textSha256: '0'.repeat(64), publisherId: publisher.id } });
    const r2 = await del(tok(editor), publisher.id);
    expect(r2.status).toBe(409);
    expect((await r2.json()).error.message).toMatch(/publisher of 1 document/);

    const state = await createTestSource();
    const envoy = await createTestSource();
    await db.source.update({ where: { id: envoy.id }, data: { representsId: state.id } });
    const r3 = await del(tok(editor), state.id);
    expect(r3.status).toBe(409);
    expect((await r3.json()).error.message).toMatch(/represented by 1 source/);
    for (const id of [party.id, publisher.id, state.id]) expect((await row(id)).deletedAt).toBeNull();
  });

  it('an unused source: editor only; deleted, hidden from lists, pickers, feeds and readers; restored', async () => {
    const source = await createTestSource();
    expect((await del(anon, source.id)).status).toBe(401);
    expect((await del(tok(reviewer), source.id)).status).toBe(403);
    expect((await del(tok(editor), source.id, { reason: 'x'.repeat(1001) })).status).toBe(400);
    expect((await del(tok(editor), source.id, { version: 0 })).status).toBe(400);
    const stale = await del(tok(editor), source.id, { version: 5 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ id: source.id, version: 1 });
    expect(await row(source.id)).toMatchObject({ deletedAt: null, version: 1 });

    const res = await del(tok(editor), source.id, { reason: 'Created twice by mistake.', version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: source.id, version: 2, deletedAt: expect.any(String) });
    expect(await row(source.id)).toMatchObject({ deletedById: editor.id, version: 2 });
    expect((await del(tok(editor), source.id)).status).toBe(409);

    expect((await get(anon, source.id)).status).toBe(404);
    expect((await get(tok(reviewer), source.id)).status).toBe(404);
    const seen = await get(tok(editor), source.id);
    expect(seen.status).toBe(200);
    expect((await seen.json()).deletedAt).not.toBeNull();
    expect((await sourceFeed(apiRequest(anon, 'GET', `/sources/${source.id}/feed.xml`), p(source.id))).status).toBe(404);
    for (const url of [`/api/v1/sources?limit=100&alignment=${source.alignmentSlug}`, `/api/v1/sources?q=${encodeURIComponent(source.name)}`]) {
      const list = await (await listRoute(apiRequest(anon, 'GET', url))).json();
      expect(list.items.map((i: { id: number }) => i.id), url).not.toContain(source.id);
    }
    // A deleted source takes no new attributions.
    const body = scenarioTwoBody(s);
    body.attributions = [{ sourceId: source.id, role: 'asserts' }];
    const refused = await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', body));
    expect(refused.status).toBe(400);
    expect(Object.keys((await refused.json()).error.fields)).toContain('attributions.0.sourceId');

    expect((await restore(tok(reviewer), source.id)).status).toBe(403);
    const back = await restore(tok(editor), source.id, { reason: 'Needed after all.' });
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ version: 3, deletedAt: null });
    expect((await restore(tok(editor), source.id)).status).toBe(409);
    expect((await get(anon, source.id)).status).toBe(200);
    const list = await (await listRoute(apiRequest(anon, 'GET', `/api/v1/sources?limit=100&alignment=${source.alignmentSlug}`))).json();
    expect(list.items.map((i: { id: number }) => i.id)).toContain(source.id);
    expect(await audits(source.id)).toEqual([{ action: 'source.delete', actorId: editor.id }, { action: 'source.restore', actorId: editor.id }]);
    // Edits carry on from the restored version.
    expect((await patchRoute(apiRequest(tok(reviewer), 'PATCH', `/api/v1/sources/${source.id}`, { country: 'SY', version: 3 }), p(source.id))).status).toBe(200);
  });

  it('racing a deletion against a new attribution: one of them wins, never both', async () => {
    for (let round = 0; round < 10; round++) {
      const source = await createTestSource();
      const body = scenarioTwoBody(s);
      body.attributions = [{ sourceId: source.id, role: 'asserts' }];
      const [deleted, created] = await Promise.all([
        del(tok(editor), source.id),
        postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', body)),
      ]);
      expect([deleted.status, created.status].sort(), `round ${round}`).toEqual(deleted.status === 200 ? [200, 400] : [201, 409]);
      const used = await db.attribution.count({ where: { sourceId: source.id } });
      expect(used > 0 && (await row(source.id)).deletedAt !== null, `round ${round}`).toBe(false);
    }
  });

  it('a deleted source cannot be edited or rated until it is restored (409 deleted, nothing changes)', async () => {
    const source = await createTestSource();
    expect((await del(tok(editor), source.id, { reason: 'Created by mistake.' })).status).toBe(200);
    const before = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { name: true, version: true, reliability: true, ratingVersion: true } });
    const edit = await patchRoute(apiRequest(tok(editor), 'PATCH', `/api/v1/sources/${source.id}`, { version: before.version, name: 'Renamed while deleted' }), p(source.id));
    expect(edit.status).toBe(409);
    expect((await edit.json()).error.code).toBe('deleted');
    const rate = await rateRoute(apiRequest(tok(editor), 'PUT', `/api/v1/sources/${source.id}/rating`, {
      version: before.ratingVersion, reliability: 'B', rationale: 'Rated while it was deleted, which must not land.',
    }), p(source.id));
    expect(rate.status).toBe(409);
    expect((await rate.json()).error.code).toBe('deleted');
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { name: true, version: true, reliability: true, ratingVersion: true } })).toEqual(before);
  });

  it('unknown ids are 404', async () => {
    expect((await del(tok(editor), 987654321)).status).toBe(404);
    expect((await restore(tok(editor), 987654321)).status).toBe(404);
  });
});
