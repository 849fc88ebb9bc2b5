// Merges are safe against other writes: every write to a merged claim is a 409 `merged` naming
// the kept claim and changes nothing; a merge folds attributions both claims share; a relation
// created while a merge runs never ends up on the merged claim.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createRelation } from '@/lib/relations/relation-commands.server';
import { mergeClaims } from '@/lib/relations/merge-claims.server';
import { PATCH as editRoute, DELETE as deleteRoute } from '@/app/api/v1/claims/[id]/route';
import { POST as restoreRoute } from '@/app/api/v1/claims/[id]/restore/route';
import { POST as addAttributionRoute } from '@/app/api/v1/claims/[id]/attributions/route';
import { POST as relationsRoute } from '@/app/api/v1/claims/[id]/relations/route';
import { POST as mergeRoute } from '@/app/api/v1/claims/[id]/merge/route';
import { apiRequest, createActor, createTestSource, params, uniq, type TestActor } from '../helpers/auth-fixtures';

let reviewer: TestActor;
let editor: TestActor;
const asViewer = (a: TestActor) => ({ id: a.id, role: a.role, email: a.email, name: a.name });

const makeClaim = (text = uniq('Claim')) => db.claim.create({ data: { text }, select: { id: true } }).then((c) => c.id);

async function makeDocument() {
  const url = `https://example.test/${uniq('doc')}`;
  return db.document.create({
    data: { url, normalizedUrl: url, title: 'Doc', text: 'Vasily Nebenzya said the strikes hit only militants.', textSha256: '0'.repeat(64) },
    select: { id: true },
  }).then((d) => d.id);
}

async function mergedPair() {
  const [keep, dup] = [await makeClaim(), await makeClaim()];
  await createRelation(asViewer(reviewer), keep, { targetClaimId: dup, type: 'same_as' });
  await mergeClaims(asViewer(editor), keep, dup);
  return { keep, dup };
}

const state = async (id: number) => ({
  claim: await db.claim.findUnique({ where: { id }, select: { text: true, version: true, deletedAt: true, mergedIntoId: true } }),
  attributions: await db.attribution.count({ where: { claimId: id } }),
  relations: await db.claimRelation.count({ where: { OR: [{ claimAId: id }, { claimBId: id }] } }),
  revisions: await db.claimRevision.count({ where: { claimId: id } }),
});

async function expectMerged(res: Response, keep: number) {
  expect(res.status).toBe(409);
  const body = await res.json();
  expect(body.error.code).toBe('merged');
  expect(body.error.message).toContain(`#${keep}`);
  expect(body.current).toEqual({ mergedIntoId: keep });
}

beforeAll(async () => {
  [reviewer, editor] = await Promise.all([createActor('reviewer'), createActor('editor')]);
});

describe('writes to a merged claim', () => {
  it('answer 409 merged with the kept claim’s id and change nothing', async () => {
    const { keep, dup } = await mergedPair();
    const other = await makeClaim();
    const source = await createTestSource();
    const [dup0, keep0, other0] = [await state(dup), await state(keep), await state(other)];
    const path = `/api/v1/claims/${dup}`;
    const as = { kind: 'token', actor: editor } as const;
    const p = params({ id: String(dup) });

    await expectMerged(await editRoute(apiRequest(as, 'PATCH', path, { version: dup0.claim!.version, text: 'Changed after the merge.' }), p), keep);
    await expectMerged(await addAttributionRoute(apiRequest(as, 'POST', `${path}/attributions`, { sourceId: source.id, role: 'asserts' }), p), keep);
    await expectMerged(await deleteRoute(apiRequest(as, 'DELETE', path, {}), p), keep);
    await expectMerged(await restoreRoute(apiRequest(as, 'POST', `${path}/restore`, {}), p), keep);
    await expectMerged(await relationsRoute(apiRequest(as, 'POST', `${path}/relations`, { targetClaimId: other, type: 'contradicts' }), p), keep);
    // Linking to the merged claim from elsewhere is refused the same way.
    await expectMerged(
      await relationsRoute(apiRequest(as, 'POST', `/api/v1/claims/${other}/relations`, { targetClaimId: dup, type: 'contradicts' }), params({ id: String(other) })),
      keep,
    );

    expect(await state(dup)).toEqual(dup0);
    expect(await state(keep)).toEqual(keep0);
    expect(await state(other)).toEqual(other0);
  });
});

describe('a merge of shared attributions', () => {
  it('folds identical attributions into one, keeps distinct ones, and re-points relays', async () => {
    const [nebenzya, relay, other] = [await createTestSource(), await createTestSource(), await createTestSource()];
    const documentId = await makeDocument();
    const quoteExact = 'the strikes hit only militants';
    const [keep, dup] = [await makeClaim(), await makeClaim()];
    const kept = await db.attribution.create({ data: { claimId: keep, sourceId: nebenzya.id, role: 'asserts', documentId, quoteExact }, select: { id: true } });
    const copy = await db.attribution.create({ data: { claimId: dup, sourceId: nebenzya.id, role: 'asserts', documentId, quoteExact }, select: { id: true } });
    const relayOfCopy = await db.attribution.create({ data: { claimId: dup, sourceId: relay.id, role: 'relays', relaysId: copy.id }, select: { id: true } });
    // Distinct: another quote from the same source and document, and another source.
    const otherQuote = await db.attribution.create({ data: { claimId: dup, sourceId: nebenzya.id, role: 'asserts', documentId, quoteExact: 'Vasily Nebenzya said' }, select: { id: true } });
    const otherSource = await db.attribution.create({ data: { claimId: dup, sourceId: other.id, role: 'asserts' }, select: { id: true } });
    await createRelation(asViewer(reviewer), keep, { targetClaimId: dup, type: 'same_as' });

    const res = await mergeRoute(apiRequest({ kind: 'token', actor: editor }, 'POST', `/api/v1/claims/${keep}/merge`, { mergeId: dup }), params({ id: String(keep) }));
    expect(res.status).toBe(200);

    const after = await db.attribution.findMany({ where: { claimId: keep }, select: { id: true, sourceId: true, role: true, relaysId: true }, orderBy: { id: 'asc' } });
    expect(after.map((a) => a.id)).toEqual([kept.id, relayOfCopy.id, otherQuote.id, otherSource.id]);
    expect(after.filter((a) => a.sourceId === nebenzya.id && a.role === 'asserts')).toHaveLength(2);
    expect(after.find((a) => a.id === relayOfCopy.id)?.relaysId).toBe(kept.id);
    expect(await db.attribution.findUnique({ where: { id: copy.id } })).toBeNull();
    expect(await db.attribution.count({ where: { claimId: dup } })).toBe(0);
    const audit = await db.auditEntry.findFirst({ where: { action: 'claim.merge', entityId: String(keep) }, orderBy: { id: 'desc' } });
    expect((audit?.after as { foldedAttributions: unknown }).foldedAttributions).toEqual([{ droppedId: copy.id, keptId: kept.id }]);
  });
});

describe('a merge racing a relation create', () => {
  it('never leaves a relation on the merged claim (10 rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const [keep, dup, third] = [await makeClaim(), await makeClaim(), await makeClaim()];
      await createRelation(asViewer(reviewer), keep, { targetClaimId: dup, type: 'same_as' });
      const [merge, link] = await Promise.all([
        mergeRoute(apiRequest({ kind: 'token', actor: editor }, 'POST', `/api/v1/claims/${keep}/merge`, { mergeId: dup }), params({ id: String(keep) })),
        relationsRoute(
          apiRequest({ kind: 'token', actor: reviewer }, 'POST', `/api/v1/claims/${dup}/relations`, { targetClaimId: third, type: 'contradicts' }),
          params({ id: String(dup) }),
        ),
      ]);
      expect(merge.status).toBe(200);
      expect([201, 409]).toContain(link.status);
      if (link.status === 409) expect((await link.json()).error.code).toBe('merged');
      expect(await db.claimRelation.count({ where: { OR: [{ claimAId: dup }, { claimBId: dup }] } })).toBe(0);
      // Created first, it moved with the merge; refused, nothing was written.
      expect(await db.claimRelation.count({ where: { OR: [{ claimAId: third }, { claimBId: third }] } })).toBe(link.status === 201 ? 1 : 0);
    }
  });
});
