// Correcting a captured claim's attributions through the handlers the edit page calls: a hop's
// role, venue and date, re-pointing a relay (never onto itself or into a cycle), removing a hop
// with a reason (never one that others relay), each at the claim's version, with the origin
// counts recounted and a revision in the history.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { POST as postClaim } from '@/app/api/v1/claims/route';
import { GET as getClaimRoute } from '@/app/api/v1/claims/[id]/route';
import { GET as historyRoute } from '@/app/api/v1/claims/[id]/history/route';
import { POST as addRoute } from '@/app/api/v1/claims/[id]/attributions/route';
import { DELETE as removeRoute, PATCH as editRoute } from '@/app/api/v1/claims/[id]/attributions/[attributionId]/route';
import { createRelation } from '@/lib/relations/relation-commands.server';
import { mergeClaims } from '@/lib/relations/merge-claims.server';
import { apiRequest, createActor, params, type Caller, type TestActor } from '../helpers/auth-fixtures';
import { scenarioTwoBody, seeded } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let editor: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;

beforeAll(async () => {
  [reviewer, editor] = await Promise.all([createActor('reviewer'), createActor('editor')]);
  s = await seeded();
});

type Hop = { id: number; role: string; sourceId: number; sourceName: string; venue: string | null; statedAt: string | null; relaysId: number | null };
type State = { id: number; version: number; originCount: number; carrierCount: number; attributions: Hop[] };

const as = (actor: TestActor): Caller => ({ kind: 'cookie', actor });
const anonymous: Caller = { kind: 'anonymous' };
const hopPath = (claimId: number, hopId: number) => `/api/v1/claims/${claimId}/attributions/${hopId}`;
const hopParams = (claimId: number, hopId: number) => params({ id: String(claimId), attributionId: String(hopId) });

const edit = (caller: Caller, claimId: number, hopId: number, body: unknown) =>
  editRoute(apiRequest(caller, 'PATCH', hopPath(claimId, hopId), body), hopParams(claimId, hopId));
const remove = (caller: Caller, claimId: number, hopId: number, body: unknown) =>
  removeRoute(apiRequest(caller, 'DELETE', hopPath(claimId, hopId), body), hopParams(claimId, hopId));
const add = (caller: Caller, claimId: number, body: unknown) =>
  addRoute(apiRequest(caller, 'POST', `/api/v1/claims/${claimId}/attributions`, body), params({ id: String(claimId) }));

/** pro-militant sources asserts → South Front relays → Global Research relays (quoted). */
async function capturedClaim(): Promise<{ claim: State; root: Hop; sf: Hop; gr: Hop }> {
  const res = await postClaim(apiRequest(as(reviewer), 'POST', '/api/v1/claims', scenarioTwoBody(s)), params({}));
  expect(res.status).toBe(201);
  const claim = (await res.json()) as State;
  const [root, sf, gr] = claim.attributions;
  return { claim, root, sf, gr };
}

const row = (claimId: number) => db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true, originCount: true, carrierCount: true } });
const hops = (claimId: number) =>
  db.attribution.findMany({ where: { claimId }, select: { id: true, role: true, relaysId: true, venue: true, statedAt: true }, orderBy: { id: 'asc' } });

async function history(claimId: number) {
  const res = await historyRoute(apiRequest(anonymous, 'GET', `/api/v1/claims/${claimId}/history`), params({ id: String(claimId) }));
  expect(res.status).toBe(200);
  return (await res.json()).items as { action: string; reason: string | null; version: number; changes: { kind: string; field: string; before?: string; after?: string; value?: string }[] }[];
}

describe('PATCH /api/v1/claims/:id/attributions/:attributionId', () => {
  it('changes a hop’s role, venue and date at the version read, recounts origins, and records the correction', async () => {
    const { claim, sf } = await capturedClaim();
    expect(await row(claim.id)).toEqual({ version: 1, originCount: 1, carrierCount: 3 });

    // South Front reported it itself: an assertion, not a relay of pro-militant sources.
    const res = await edit(as(reviewer), claim.id, sf.id, {
      role: 'asserts', venue: 'southfront.org', statedAt: '2020-06-30', reason: 'South Front’s own reporting, not a relay.', version: 1,
    });
    expect(res.status).toBe(200);
    const after = (await res.json()) as State;
    expect(after).toMatchObject({ version: 2, originCount: 2, carrierCount: 3 });
    expect(after.attributions.find((a) => a.id === sf.id)).toMatchObject({ role: 'asserts', relaysId: null, venue: 'southfront.org', statedAt: '2020-06-30T00:00:00.000Z' });
    expect(await row(claim.id)).toEqual({ version: 2, originCount: 2, carrierCount: 3 });

    const [latest] = await history(claim.id);
    expect(latest).toMatchObject({ action: 'attribution.edit', reason: 'South Front’s own reporting, not a relay.', version: 2 });
    expect(latest.changes).toContainEqual({
      kind: 'changed', field: 'Attribution',
      before: 'South Front relays (repeating pro-militant sources) on 2020-07-01',
      after: 'South Front asserts at southfront.org on 2020-06-30',
    });

    // Clearing the venue and date back to nothing.
    const cleared = await edit(as(reviewer), claim.id, sf.id, { venue: '', statedAt: null, version: 2 });
    expect(cleared.status).toBe(200);
    expect((await hops(claim.id)).find((h) => h.id === sf.id)).toMatchObject({ venue: null, statedAt: null });
  });

  it('answers a stale version with 409 and the current claim, changing nothing', async () => {
    const { claim, sf, gr } = await capturedClaim();
    expect((await edit(as(reviewer), claim.id, gr.id, { venue: 'globalresearch.ca', version: 1 })).status).toBe(200);
    const before = await hops(claim.id);

    const stale = await edit(as(editor), claim.id, sf.id, { role: 'asserts', version: 1 });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe('conflict');
    expect(body.current).toMatchObject({ version: 2 });
    expect(body.current.attributions.find((a: Hop) => a.id === gr.id).venue).toBe('globalresearch.ca');

    const staleRemove = await remove(as(editor), claim.id, gr.id, { reason: 'Duplicate.', version: 1 });
    expect(staleRemove.status).toBe(409);
    expect(await hops(claim.id)).toEqual(before);
    expect((await row(claim.id)).version).toBe(2);
  });

  it('re-points a relay to another hop of the same claim', async () => {
    const { claim, root, gr } = await capturedClaim();
    const res = await edit(as(reviewer), claim.id, gr.id, { relaysId: root.id, reason: 'Global Research quoted the original, not South Front.', version: 1 });
    expect(res.status).toBe(200);
    expect((await hops(claim.id)).find((h) => h.id === gr.id)?.relaysId).toBe(root.id);
    // Two relays of one origin: still one origin, three carriers.
    expect(await row(claim.id)).toEqual({ version: 2, originCount: 1, carrierCount: 3 });
    const [latest] = await history(claim.id);
    expect(latest.changes).toContainEqual(expect.objectContaining({
      kind: 'changed', field: 'Attribution', after: expect.stringContaining('Global Research relays (repeating pro-militant sources)'),
    }));
  });

  it('refuses a cycle, a self-relay, a denial as target and a hop of another claim, each on relaysId, changing nothing', async () => {
    const { claim, root, sf, gr } = await capturedClaim();
    const other = await capturedClaim();
    const denial = (await (await add(as(reviewer), claim.id, { sourceId: s.globalResearch, role: 'denies', version: 1 })).json()).attributionId as number;
    const before = await hops(claim.id);
    const refused: [number, object][] = [
      [sf.id, { relaysId: gr.id }], // South Front would relay Global Research, which relays South Front
      [root.id, { role: 'relays', relaysId: gr.id }], // the origin would relay the end of its own chain
      [sf.id, { relaysId: sf.id }],
      [gr.id, { relaysId: denial }],
      [gr.id, { relaysId: other.root.id }],
      [root.id, { relaysId: sf.id }], // an assertion repeats nobody
    ];
    for (const [hop, change] of refused) {
      const res = await edit(as(reviewer), claim.id, hop, { ...change, version: 2 });
      expect(res.status, JSON.stringify(change)).toBe(400);
      const body = await res.json();
      expect(Object.keys(body.error.fields), JSON.stringify(change)).toEqual(['relaysId']);
    }
    const cycle = await (await edit(as(reviewer), claim.id, sf.id, { relaysId: gr.id, version: 2 })).json();
    expect(cycle.error.message).toMatch(/cycle/);
    expect(await hops(claim.id)).toEqual(before);
    expect((await row(claim.id)).version).toBe(2);
  });

  it('refuses to turn a hop others relay into a denial', async () => {
    const { claim, sf } = await capturedClaim();
    const res = await edit(as(reviewer), claim.id, sf.id, { role: 'denies', version: 1 });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fields.role).toBeDefined();
    expect(body.error.message).toContain('Global Research');
  });

  it('refuses an empty correction and unknown fields', async () => {
    const { claim, sf } = await capturedClaim();
    const empty = await edit(as(reviewer), claim.id, sf.id, { reason: 'Nothing really.', version: 1 });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.code).toBe('nothing_to_change');
    expect((await edit(as(reviewer), claim.id, sf.id, { sourceId: s.globalResearch, version: 1 })).status).toBe(400);
    expect((await edit(as(reviewer), claim.id, sf.id, { venue: 'x' })).status).toBe(400);
    expect((await edit(as(reviewer), claim.id, 987654321, { venue: 'x', version: 1 })).status).toBe(404);
    expect((await row(claim.id)).version).toBe(1);
  });
});

describe('DELETE /api/v1/claims/:id/attributions/:attributionId', () => {
  it('refuses to remove a hop others relay, naming them, until they are re-pointed', async () => {
    const { claim, root, sf, gr } = await capturedClaim();
    const refused = await remove(as(reviewer), claim.id, sf.id, { reason: 'Wrong outlet.', version: 1 });
    expect(refused.status).toBe(409);
    const body = await refused.json();
    expect(body.error.code).toBe('relayed');
    expect(body.error.message).toContain(`Global Research (#${gr.id})`);
    expect(body.current).toEqual({ relayedBy: [{ id: gr.id, sourceName: 'Global Research' }] });
    expect((await hops(claim.id)).map((h) => h.id)).toEqual([root.id, sf.id, gr.id]);

    expect((await edit(as(reviewer), claim.id, gr.id, { relaysId: root.id, version: 1 })).status).toBe(200);
    const removed = await remove(as(reviewer), claim.id, sf.id, { reason: 'Wrong outlet.', version: 2 });
    expect(removed.status).toBe(200);
    expect(await row(claim.id)).toEqual({ version: 3, originCount: 1, carrierCount: 2 });
  });

  it('removes a hop with its reason kept in the history', async () => {
    const { claim, gr } = await capturedClaim();
    const res = await remove(as(reviewer), claim.id, gr.id, { reason: 'Global Research never ran this story.', version: 1 });
    expect(res.status).toBe(200);
    expect((await res.json()).attributions).toHaveLength(2);
    const [latest] = await history(claim.id);
    expect(latest).toMatchObject({ action: 'attribution.remove', reason: 'Global Research never ran this story.', version: 2 });
    expect(latest.changes).toContainEqual(expect.objectContaining({ kind: 'removed', field: 'Attribution', value: expect.stringMatching(/^Global Research relays/) }));
    const audit = await db.auditEntry.findFirst({ where: { action: 'claim.attribution.remove', entityId: String(claim.id) }, select: { actorId: true } });
    expect(audit?.actorId).toBe(reviewer.id);
  });

  it('swaps a wrong source: the right one added as a relay of the same hop, the wrong one removed', async () => {
    const { claim, root, sf, gr } = await capturedClaim();
    const added = await add(as(reviewer), claim.id, { sourceId: s.proMilitant, role: 'relays', relaysId: sf.id, venue: 'Telegram', version: 1 });
    expect(added.status).toBe(201);
    const { attributionId } = await added.json();
    expect((await edit(as(reviewer), claim.id, gr.id, { relaysId: attributionId, version: 2 })).status).toBe(200);
    expect((await remove(as(reviewer), claim.id, sf.id, { version: 3 })).status).toBe(409);
    expect((await edit(as(reviewer), claim.id, attributionId, { relaysId: root.id, version: 3 })).status).toBe(200);
    expect((await remove(as(reviewer), claim.id, sf.id, { reason: 'Not South Front.', version: 4 })).status).toBe(200);
    const detail = await (await getClaimRoute(apiRequest(anonymous, 'GET', `/api/v1/claims/${claim.id}`), params({ id: String(claim.id) }))).json();
    // In chain order: pro-militant sources → pro-militant sources on Telegram → Global Research.
    expect(detail.attributions.map((a: { id: number; relaysId: number | null }) => [a.id, a.relaysId]))
      .toEqual([[root.id, null], [attributionId, root.id], [gr.id, attributionId]]);
    expect((await history(claim.id)).map((h) => h.action)).toEqual(['attribution.remove', 'attribution.edit', 'attribution.edit', 'attribution.add', 'create']);
  });
});

describe('who may correct, and what', () => {
  it('refuses an anonymous reader and changes nothing', async () => {
    const { claim, sf, gr } = await capturedClaim();
    expect((await edit(anonymous, claim.id, sf.id, { role: 'asserts', version: 1 })).status).toBe(401);
    expect((await remove(anonymous, claim.id, gr.id, { reason: 'x', version: 1 })).status).toBe(401);
    expect((await add(anonymous, claim.id, { sourceId: s.southFront, role: 'asserts', version: 1 })).status).toBe(401);
    expect((await hops(claim.id)).length).toBe(3);
    expect((await row(claim.id)).version).toBe(1);
  });

  it('answers a write to a merged claim with 409 merged, naming the kept claim', async () => {
    const keep = await capturedClaim();
    const dup = await capturedClaim();
    const viewerOf = (a: TestActor) => ({ id: a.id, role: a.role, email: a.email, name: a.name });
    await createRelation(viewerOf(reviewer), keep.claim.id, { targetClaimId: dup.claim.id, type: 'same_as' });
    await mergeClaims(viewerOf(editor), keep.claim.id, dup.claim.id);
    const version = (await row(dup.claim.id)).version;
    for (const res of [
      await edit(as(reviewer), dup.claim.id, dup.sf.id, { role: 'asserts', version }),
      await remove(as(reviewer), dup.claim.id, dup.gr.id, { reason: 'x', version }),
    ]) {
      expect(res.status).toBe(409);
      const body = await res.json();
      expect(body.error.code).toBe('merged');
      expect(body.current).toEqual({ mergedIntoId: keep.claim.id });
    }
  });
});
