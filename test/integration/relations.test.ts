// Relations between claims: the refusal rules (each with a clear error, nothing written), one
// stored pair whatever the direction, audited removal, and a merge that loses nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { isDomainError } from '@/lib/errors';
import { getClaim } from '@/lib/claims/claim-queries.server';
import { createRelation, deleteRelation } from '@/lib/relations/relation-commands.server';
import { mergeClaims } from '@/lib/relations/merge-claims.server';
import { POST as relationsRoute } from '@/app/api/v1/claims/[id]/relations/route';
import { DELETE as deleteRelationRoute } from '@/app/api/v1/relations/[id]/route';
import { POST as mergeRoute } from '@/app/api/v1/claims/[id]/merge/route';
import { apiRequest, createActor, createTestSource, params, uniq, type TestActor } from '../helpers/auth-fixtures';

let reviewer: TestActor;
let editor: TestActor;
const asViewer = (a: TestActor) => ({ id: a.id, role: a.role, email: a.email, name: a.name });

async function makeClaim(text = uniq('Claim')) {
  return db.claim.create({ data: { text }, select: { id: true } }).then((c) => c.id);
}

async function expectRefusal(run: () => Promise<unknown>, status: number, code: string, message: RegExp) {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(isDomainError(error) || (error as { name?: string })?.name === 'ZodError', String(error)).toBe(true);
  if (isDomainError(error)) {
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  }
  return error;
}

const relationCount = (ids: number[]) =>
  db.claimRelation.count({ where: { OR: [{ claimAId: { in: ids } }, { claimBId: { in: ids } }] } });

beforeAll(async () => {
  [reviewer, editor] = await Promise.all([createActor('reviewer'), createActor('editor')]);
});

describe('createRelation', () => {
  it('stores a pair once in canonical order, whichever claim it starts from', async () => {
    const [x, y] = [await makeClaim(), await makeClaim()];
    const res = await relationsRoute(
      apiRequest({ kind: 'token', actor: reviewer }, 'POST', `/api/v1/claims/${y}/relations`, {
        targetClaimId: x, type: 'contradicts', disputes: ['figures', 'time', 'figures'], note: 'Different numbers.',
      }),
      params({ id: String(y) }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ claimAId: Math.min(x, y), claimBId: Math.max(x, y), type: 'contradicts', disputes: ['figures', 'time'] });
    const audit = await db.auditEntry.findFirst({ where: { entityType: 'claim_relation', entityId: String(body.id), action: 'relation.create' } });
    expect(audit?.actorId).toBe(reviewer.id);

    // Both claims see it, and both count as contested.
    const [cx, cy] = await Promise.all([getClaim(null, x), getClaim(null, y)]);
    expect(cx!.relations.map((r) => r.other.id)).toEqual([y]);
    expect(cy!.relations.map((r) => r.other.id)).toEqual([x]);
    expect(cx!.isContested && cy!.isContested).toBe(true);

    // The same pair from the other side, any type, is a duplicate.
    for (const type of ['contradicts', 'same_as'] as const) {
      const before = await relationCount([x, y]);
      await expectRefusal(() => createRelation(asViewer(reviewer), x, { targetClaimId: y, type }), 409, 'duplicate_relation', /already linked/);
      expect(await relationCount([x, y])).toBe(before);
    }
    // Supports on a contradicting pair is its own, clearer refusal.
    await expectRefusal(
      () => createRelation(asViewer(reviewer), x, { targetClaimId: y, type: 'supports' }),
      409, 'contradictory_relation', /cannot both contradict and support/,
    );
  });

  it('refuses contradicts on a supporting pair, in either direction', async () => {
    const [x, y] = [await makeClaim(), await makeClaim()];
    const r = await createRelation(asViewer(reviewer), x, { targetClaimId: y, type: 'supports', direction: 'supported_by' });
    expect(r.subjectClaimId).toBe(y);
    await expectRefusal(() => createRelation(asViewer(reviewer), y, { targetClaimId: x, type: 'contradicts' }), 409, 'contradictory_relation', /contradict and support/);
    expect(await relationCount([x, y])).toBe(1);
  });

  it('refuses a self-link, an unknown or merged target and bad input with 400s, writing nothing', async () => {
    const x = await makeClaim();
    const audits = await db.auditEntry.count({ where: { actorId: reviewer.id } });
    await expectRefusal(() => createRelation(asViewer(reviewer), x, { targetClaimId: x, type: 'contradicts' }), 400, 'invalid_input', /itself/);
    await expectRefusal(() => createRelation(asViewer(reviewer), x, { targetClaimId: 2_000_000_000, type: 'contradicts' }), 400, 'invalid_input', /does not exist/);
    await expectRefusal(() => createRelation(asViewer(reviewer), 2_000_000_000, { targetClaimId: x, type: 'contradicts' }), 404, 'not_found', /Claim/);

    const send = (body: unknown) =>
      relationsRoute(apiRequest({ kind: 'token', actor: reviewer }, 'POST', `/api/v1/claims/${x}/relations`, body), params({ id: String(x) }));
    const other = await makeClaim();
    for (const body of [
      { targetClaimId: other, type: 'refutes' },
      { targetClaimId: other, type: 'supports', disputes: ['figures'] },
      { targetClaimId: other, type: 'contradicts', disputes: ['colour'] },
      { targetClaimId: 'abc', type: 'contradicts' },
    ]) {
      const res = await send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).error.fields).toBeDefined();
    }
    expect(await relationCount([x, other])).toBe(0);
    expect(await db.auditEntry.count({ where: { actorId: reviewer.id } })).toBe(audits);
  });
});

describe('deleteRelation', () => {
  it('removes the relation and keeps what it was in the audit log', async () => {
    const [x, y] = [await makeClaim(), await makeClaim()];
    const r = await createRelation(asViewer(reviewer), x, { targetClaimId: y, type: 'contradicts', disputes: ['place'] });
    const res = await deleteRelationRoute(apiRequest({ kind: 'token', actor: reviewer }, 'DELETE', `/api/v1/relations/${r.id}`), params({ id: String(r.id) }));
    expect(res.status).toBe(200);
    expect(await db.claimRelation.findUnique({ where: { id: r.id } })).toBeNull();
    const audit = await db.auditEntry.findFirst({ where: { entityType: 'claim_relation', entityId: String(r.id), action: 'relation.delete' } });
    expect(audit?.before).toMatchObject({ id: r.id, type: 'contradicts', disputes: ['place'] });
    expect(audit?.after).toBeNull();
    await expectRefusal(() => deleteRelation(asViewer(reviewer), r.id), 404, 'not_found', /Relation/);
  });
});

describe('mergeClaims', () => {
  async function claimWithChain(label: string) {
    const source = await createTestSource();
    const relay = await createTestSource();
    const id = await makeClaim(uniq(label));
    const root = await db.attribution.create({ data: { claimId: id, sourceId: source.id, role: 'asserts' }, select: { id: true } });
    await db.attribution.create({ data: { claimId: id, sourceId: relay.id, role: 'relays', relaysId: root.id } });
    await db.claimRevision.create({ data: { claimId: id, version: 1, action: 'create', snapshot: { text: label } } });
    return id;
  }
  const tally = async (id: number) => ({
    attributions: await db.attribution.count({ where: { claimId: id } }),
    relations: await relationCount([id]),
    revisions: await db.claimRevision.count({ where: { claimId: id } }),
  });

  it('moves attributions, relations and history in one go, drops only the duplicate pair, and redirects', async () => {
    const keep = await claimWithChain('keep');
    const dup = await claimWithChain('dup');
    const [third, fourth] = [await makeClaim(), await makeClaim()];
    await createRelation(asViewer(reviewer), keep, { targetClaimId: dup, type: 'same_as' });
    await createRelation(asViewer(reviewer), dup, { targetClaimId: third, type: 'contradicts', disputes: ['figures'] });
    await createRelation(asViewer(reviewer), dup, { targetClaimId: fourth, type: 'supports' });
    await createRelation(asViewer(reviewer), keep, { targetClaimId: fourth, type: 'contradicts' });
    const [k0, d0] = [await tally(keep), await tally(dup)];

    // Reviewers may not merge; claims not linked as same_as may not be merged.
    await expectRefusal(() => mergeClaims(asViewer(reviewer), keep, dup), 403, 'forbidden', /role/);
    await expectRefusal(() => mergeClaims(asViewer(editor), keep, third), 400, 'invalid_input', /same_as/);
    await expectRefusal(() => mergeClaims(asViewer(editor), keep, keep), 400, 'invalid_input', /itself/);

    const res = await mergeRoute(
      apiRequest({ kind: 'token', actor: editor }, 'POST', `/api/v1/claims/${keep}/merge`, { mergeId: dup }),
      params({ id: String(keep) }),
    );
    expect(res.status).toBe(200);
    const result = await res.json();

    const k1 = await tally(keep);
    expect(k1.attributions).toBe(k0.attributions + d0.attributions);
    // dup's same_as (self after merge) and its supports to `fourth` (keep already contradicts it) drop.
    expect(result.droppedRelationIds).toHaveLength(2);
    expect(k1.relations).toBe(k0.relations - 1 + d0.relations - 2);
    expect(k1.revisions).toBe(k0.revisions + d0.revisions + 1);
    expect(await tally(dup)).toEqual({ attributions: 0, relations: 0, revisions: 0 });

    // Relays still point within the kept claim; the counts are recomputed.
    const moved = await db.attribution.findMany({ where: { claimId: keep }, select: { id: true, relaysId: true } });
    const ids = new Set(moved.map((a) => a.id));
    expect(moved.filter((a) => a.relaysId !== null).every((a) => ids.has(a.relaysId!))).toBe(true);
    const kept = await getClaim(null, keep);
    expect(kept!.originCount).toBe(2);
    expect(kept!.relations.map((r) => r.other.id).sort()).toEqual([third, fourth].sort());

    const merged = await getClaim(null, dup);
    expect(merged!.mergedIntoId).toBe(keep);
    const audit = await db.auditEntry.findFirst({ where: { action: 'claim.merge', entityId: String(keep) } });
    expect((audit?.after as { droppedRelations: unknown[] }).droppedRelations).toHaveLength(2);
    const revision = await db.claimRevision.findFirst({ where: { claimId: keep, action: 'merge' } });
    expect(revision?.authorId).toBe(editor.id);

    // A merged claim cannot be merged again.
    await expectRefusal(() => mergeClaims(asViewer(editor), keep, dup), 409, 'merged', new RegExp(`merged into claim #${keep}`));
  });
});
