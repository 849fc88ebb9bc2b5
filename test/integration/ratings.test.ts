// Ratings are revisions: a stale version gets 409 with the current rating, and concurrent edits
// from one version yield exactly one new revision. Alignment changes are history too.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { apiRequest, createActor, createTestAlignment, createTestSource, params } from '../helpers/auth-fixtures';
import { PUT } from '@/app/api/v1/sources/[id]/rating/route';
import { PATCH } from '@/app/api/v1/sources/[id]/route';
import { RateSourceSchema } from '@/lib/ratings/rating-schemas';

const RATIONALE = 'Reports match independent monitors in most checked cases.';

describe('PUT /api/v1/sources/:id/rating', () => {
  it('20 concurrent edits from the same version: one success, 19 conflicts, one revision', async () => {
    const source = await createTestSource();
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => createActor('reviewer')));
    const responses = await Promise.all(
      reviewers.map((actor, i) =>
        PUT(
          apiRequest({ kind: 'token', actor }, 'PUT', `/api/v1/sources/${source.id}/rating`, {
            reliability: 'ABCDEF'[i % 6], rationale: `${RATIONALE} Reviewer ${i}.`, version: 0,
          }),
          params({ id: String(source.id) }),
        ),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(await db.ratingRevision.count({ where: { sourceId: source.id } })).toBe(1);

    const winner = await db.ratingRevision.findFirstOrThrow({ where: { sourceId: source.id }, include: { author: true } });
    const after = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(after.ratingVersion).toBe(1);
    expect(after.reliability).toBe(winner.reliability);
    // Every loser is told what the rating now is, and by whom.
    const conflict = await responses.find((r) => r.status === 409)!.json();
    expect(conflict.error.code).toBe('conflict');
    expect(conflict.current).toMatchObject({ reliability: winner.reliability, version: 1, rationale: winner.rationale, author: winner.author!.name });
  });

  it('keeps every revision with author, previous grade and rationale', async () => {
    const source = await createTestSource();
    const a = await createActor('reviewer');
    const b = await createActor('editor');
    const put = (actor: typeof a, body: object) =>
      PUT(apiRequest({ kind: 'token', actor }, 'PUT', `/api/v1/sources/${source.id}/rating`, body), params({ id: String(source.id) }));
    expect((await put(a, { reliability: 'C', rationale: RATIONALE, version: 0 })).status).toBe(200);
    expect((await put(b, { reliability: 'D', rationale: 'Two recent fabrications, see the linked claims.', version: 1 })).status).toBe(200);
    const stale = await put(a, { reliability: 'A', rationale: RATIONALE, version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ reliability: 'D', version: 2, author: b.name });
    const revisions = await db.ratingRevision.findMany({ where: { sourceId: source.id }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => [r.version, r.previous, r.reliability, r.authorId])).toEqual([
      [1, 'F', 'C', a.id],
      [2, 'C', 'D', b.id],
    ]);
  });

  it('refuses a missing or one-word rationale and an unknown grade, with field errors', async () => {
    const source = await createTestSource();
    const actor = await createActor('reviewer');
    for (const body of [
      { reliability: 'B', rationale: 'ok', version: 0 },
      { reliability: 'B', rationale: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', version: 0 },
      { reliability: 'G', rationale: RATIONALE, version: 0 },
      { reliability: 'B', rationale: RATIONALE },
    ]) {
      const res = await PUT(apiRequest({ kind: 'token', actor }, 'PUT', `/api/v1/sources/${source.id}/rating`, body), params({ id: String(source.id) }));
      expect(res.status).toBe(400);
      expect(Object.keys((await res.json()).error.fields).length).toBeGreaterThan(0);
    }
    expect(await db.ratingRevision.count({ where: { sourceId: source.id } })).toBe(0);
    expect(RateSourceSchema.safeParse({ reliability: 'B', rationale: 'A plain sentence of reasons.', version: 0 }).success).toBe(true);
  });

  it('404 for a source that does not exist', async () => {
    const actor = await createActor('reviewer');
    const res = await PUT(apiRequest({ kind: 'token', actor }, 'PUT', '/api/v1/sources/99999999/rating', { reliability: 'B', rationale: RATIONALE, version: 0 }), params({ id: '99999999' }));
    expect(res.status).toBe(404);
  });
});

describe('PATCH /api/v1/sources/:id', () => {
  it('edits details with a version check', async () => {
    const source = await createTestSource();
    const actor = await createActor('reviewer');
    const patch = (body: object) =>
      PATCH(apiRequest({ kind: 'token', actor }, 'PATCH', `/api/v1/sources/${source.id}`, body), params({ id: String(source.id) }));
    const ok = await patch({ name: 'Renamed outlet', aliases: ['Переименован', 'مصدر'], country: 'SY', version: source.version });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ name: 'Renamed outlet', aliases: ['Переименован', 'مصدر'], version: source.version + 1 });
    const stale = await patch({ name: 'Lost edit', version: source.version });
    expect(stale.status).toBe(409);
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).name).toBe('Renamed outlet');
  });

  it('alignment changes need an editor and a reason, and are kept as history', async () => {
    const source = await createTestSource();
    const target = await createTestAlignment();
    const reviewer = await createActor('reviewer');
    const editor = await createActor('editor');
    const patch = (actor: typeof editor, body: object) =>
      PATCH(apiRequest({ kind: 'token', actor }, 'PATCH', `/api/v1/sources/${source.id}`, body), params({ id: String(source.id) }));

    expect((await patch(reviewer, { alignmentSlug: target.slug, alignmentReason: 'Funding documented since 2019.', version: 1 })).status).toBe(403);
    expect((await patch(editor, { alignmentSlug: target.slug, version: 1 })).status).toBe(400);
    expect((await patch(editor, { alignmentSlug: target.slug, alignmentReason: 'Funding documented since 2019.', version: 1 })).status).toBe(200);

    const changes = await db.sourceAlignmentChange.findMany({ where: { sourceId: source.id } });
    expect(changes).toEqual([
      expect.objectContaining({ fromSlug: source.alignmentSlug, toSlug: target.slug, reason: 'Funding documented since 2019.', authorId: editor.id }),
    ]);
  });
});
