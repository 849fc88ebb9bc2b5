// A source's current rating has one definition: the source API (and page) and the 409 a stale
// rating edit gets must name the same grade, version, reason and author, even when the revisions
// table holds a row past the source's rating_version (an import's history, say).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { apiRequest, createActor, createTestSource, params } from '../helpers/auth-fixtures';
import { PUT } from '@/app/api/v1/sources/[id]/rating/route';
import { GET } from '@/app/api/v1/sources/[id]/route';

const RATIONALE = 'Reports match independent monitors in most checked cases.';

describe('the current rating', () => {
  it('is the same on GET /sources/:id and in a stale edit’s 409', async () => {
    const source = await createTestSource();
    const reviewer = await createActor('reviewer');
    const put = (body: object) =>
      PUT(apiRequest({ kind: 'token', actor: reviewer }, 'PUT', `/api/v1/sources/${source.id}/rating`, body), params({ id: String(source.id) }));
    expect((await put({ reliability: 'C', rationale: RATIONALE, version: 0 })).status).toBe(200);
    // A revision beyond the source's rating_version is history, not the current rating.
    await db.ratingRevision.create({
      data: { sourceId: source.id, version: 2, reliability: 'A', previous: 'C', rationale: 'A later revision the source row never took.', authorId: null },
    });

    const got = await GET(apiRequest({ kind: 'token', actor: reviewer }, 'GET', `/api/v1/sources/${source.id}`), params({ id: String(source.id) }));
    expect(got.status).toBe(200);
    const shown = (await got.json()).rating;
    const stale = await put({ reliability: 'B', rationale: RATIONALE, version: 0 });
    expect(stale.status).toBe(409);
    const told = (await stale.json()).current;

    expect(shown).toEqual(told);
    expect(shown).toMatchObject({ reliability: 'C', version: 1, rationale: RATIONALE, author: reviewer.name });
  });

  it('of a source never rated is grade F at version 0 with no reason, on both', async () => {
    const source = await createTestSource();
    const reviewer = await createActor('reviewer');
    const got = await GET(apiRequest({ kind: 'token', actor: reviewer }, 'GET', `/api/v1/sources/${source.id}`), params({ id: String(source.id) }));
    const stale = await PUT(
      apiRequest({ kind: 'token', actor: reviewer }, 'PUT', `/api/v1/sources/${source.id}/rating`, { reliability: 'B', rationale: RATIONALE, version: 5 }),
      params({ id: String(source.id) }),
    );
    expect(stale.status).toBe(409);
    const expected = { reliability: 'F', version: 0, rationale: null, author: null, at: null };
    expect((await got.json()).rating).toEqual(expected);
    expect((await stale.json()).current).toEqual(expected);
  });
});
