// The event page's data: getEvent's index-bounded queries against the old Prisma semantics, the
// page's cap on cards and pairs, and the claim graph the page fetches on request.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getEvent } from '@/lib/events/event-detail.server';
import { CARDS_PER_COLUMN, PAIRS_LISTED, viewEventPage } from '@/lib/events/event-page-view';
import { listContestedEvents } from '@/lib/events/event-queries.server';
import { GET as graphRoute } from '@/app/api/v1/events/[id]/graph/route';
import { apiRequest, createActor, uniq } from '../helpers/auth-fixtures';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const get = (path: string) => new Request(`http://localhost${path}`);
const idParams = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });
const anonymous = null;

/** An event with `count` claims asserted by one pro-government source, plus one by a militant source. */
async function bigEvent(count: number) {
  const event = await db.event.create({ data: { title: uniq('Big event') }, select: { id: true } });
  const [government, militant] = await Promise.all(
    (['pro-government', 'pro-militant'] as const).map((alignmentSlug) =>
      db.source.create({ data: { name: uniq(alignmentSlug), kind: 'outlet', alignmentSlug }, select: { id: true } })),
  );
  const ids: number[] = [];
  for (let i = 0; i < count + 1; i++) {
    const source = i === count ? militant : government;
    const claim = await db.claim.create({
      data: {
        text: `Account ${i} of the big event`,
        eventId: event.id,
        attributions: { create: { sourceId: source.id, role: 'asserts', statedAt: new Date(Date.UTC(2024, 2, 1 + (i % 20))) } },
      },
      select: { id: true },
    });
    ids.push(claim.id);
  }
  return { eventId: event.id, ids, militantClaim: ids[count], sources: [government.id, militant.id] };
}

let big: Awaited<ReturnType<typeof bigEvent>>;
const CLAIMS = CARDS_PER_COLUMN + 12;

beforeAll(async () => {
  big = await bigEvent(CLAIMS);
  // The last government claims contradict the militant one; the first two contradict each other.
  const pairs: [number, number][] = [[big.ids[0], big.ids[1]]];
  for (let i = CLAIMS - PAIRS_LISTED - 2; i < CLAIMS; i++) pairs.push([big.ids[i], big.militantClaim]);
  await db.claimRelation.createMany({
    data: pairs.map(([a, b]) => ({ claimAId: Math.min(a, b), claimBId: Math.max(a, b), type: 'contradicts' as const, disputes: ['responsibility' as const] })),
  });
  await db.claimRelation.create({ data: { claimAId: big.ids[2], claimBId: big.ids[3], type: 'supports', subjectClaimId: big.ids[2] } });
});

afterAll(async () => {
  await db.claim.deleteMany({ where: { eventId: big.eventId } });
  await db.event.delete({ where: { id: big.eventId } });
  await db.source.deleteMany({ where: { id: { in: big.sources } } });
});

afterEach(() => {
  delete process.env.CROSSCHECK_PUBLIC_READ;
});

describe('getEvent', () => {
  it('groups every live claim, dates it by first assertion and finds the pairs among them', async () => {
    const detail = (await getEvent(anonymous, big.eventId))!;
    expect(detail.columns.map((c) => [c.alignment.slug, c.claims.length])).toEqual([['pro-government', CLAIMS], ['pro-militant', 1]]);
    expect(detail.columns[0].claims.map((c) => c.id)).toEqual(big.ids.slice(0, CLAIMS));
    expect(detail.contradictions).toHaveLength(PAIRS_LISTED + 3);
    expect(detail.contradictions[0]).toEqual(expect.objectContaining({ claimAId: big.ids[0], claimBId: big.ids[1], disputes: ['responsibility'] }));
    expect(detail.supports).toEqual([expect.objectContaining({ subjectClaimId: big.ids[2], disputes: [] })]);
    const first = detail.columns[0].claims[0];
    expect(first.firstAssertedAt).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(first.isContested).toBe(true);
    expect(detail.columns[0].claims[4].isContested).toBe(false);
    expect(await getEvent(anonymous, 99_999_999)).toBeNull();
  });

  it('leaves out deleted claims and the relations that reach them', async () => {
    const deleted = big.ids[1];
    await db.claim.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
    try {
      const detail = (await getEvent(anonymous, big.eventId))!;
      expect(detail.columns[0].claims.map((c) => c.id)).not.toContain(deleted);
      expect(detail.contradictions.some((p) => p.claimBId === deleted)).toBe(false);
      expect(detail.columns[0].claims[0].isContested).toBe(false);
    } finally {
      await db.claim.update({ where: { id: deleted }, data: { deletedAt: null } });
    }
  });
});

describe('the event page view', () => {
  it('shows the most contested cards of a long column, the rest behind a link', async () => {
    const view = viewEventPage((await getEvent(anonymous, big.eventId))!);
    const [government, militant] = view.columns;
    expect(government.total).toBe(CLAIMS);
    expect(government.claims).toHaveLength(CARDS_PER_COLUMN);
    const contested = new Set(view.contradictions.shown.flatMap((p) => [p.claimAId, p.claimBId]));
    expect(government.claims.every((c) => contested.has(c.id))).toBe(true);
    expect(militant.claims.map((c) => c.id)).toEqual([big.militantClaim]);
    expect(view.contradictions).toEqual({ shown: expect.any(Array), total: PAIRS_LISTED + 3 });
    expect(view.contradictions.shown).toHaveLength(PAIRS_LISTED);
    // Connectors join only cards that are on the page.
    const shown = new Set(view.columns.flatMap((c) => c.claims.map((x) => x.id)));
    expect(view.connected.length).toBeGreaterThan(0);
    expect(view.connected.every((p) => shown.has(p.claimAId) && shown.has(p.claimBId))).toBe(true);
    expect(view.capped).toBe(true);
    expect(view.claimCount).toBe(CLAIMS + 1);
  });

  it('shows everything when asked for all', async () => {
    const view = viewEventPage((await getEvent(anonymous, big.eventId))!, { all: true });
    expect(view.columns[0].claims).toHaveLength(CLAIMS);
    expect(view.contradictions.shown).toHaveLength(PAIRS_LISTED + 3);
    expect(view.capped).toBe(false);
  });
});

describe('GET /api/v1/events/:id/graph', () => {
  it('returns every live claim as a node and every relation among them as an edge', async () => {
    const res = await graphRoute(get(`/api/v1/events/${big.eventId}/graph`), idParams(big.eventId));
    expect(res.status).toBe(200);
    const graph: Json = await res.json();
    expect(graph.eventId).toBe(big.eventId);
    expect(graph.nodes).toHaveLength(CLAIMS + 1);
    expect(graph.edges).toHaveLength(PAIRS_LISTED + 4);
    expect(graph.nodes[0]).toEqual(expect.objectContaining({ id: big.ids[0], alignment: expect.objectContaining({ slug: 'pro-government' }), isContested: true }));
    expect(graph.nodes[0].firstAssertedAt).toBe('2024-03-01T00:00:00.000Z');
    expect(graph.alignments.map((a: Json) => a.slug)).toEqual(['pro-government', 'pro-militant']);
  });

  it('answers 404 for an unknown or deleted event and 400 naming `id` for a bad one', async () => {
    expect((await graphRoute(get('/api/v1/events/99999999/graph'), idParams(99_999_999))).status).toBe(404);
    const gone = await db.event.create({ data: { title: uniq('Gone') }, select: { id: true } });
    await db.event.delete({ where: { id: gone.id } });
    const res = await graphRoute(get(`/api/v1/events/${gone.id}/graph`), idParams(gone.id));
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).error.code).toBe('not_found');
    for (const bad of ['abc', '0', '-1', '1.5']) {
      const bad400 = await graphRoute(get(`/api/v1/events/${bad}/graph`), idParams(bad));
      expect(bad400.status).toBe(400);
      expect(Object.keys(((await bad400.json()) as Json).error.fields)).toEqual(['id']);
    }
  });

  it('needs a signed-in reader when reading is private', async () => {
    process.env.CROSSCHECK_PUBLIC_READ = 'false';
    expect((await graphRoute(get(`/api/v1/events/${big.eventId}/graph`), idParams(big.eventId))).status).toBe(401);
    const reader = await createActor('reviewer');
    const signedIn = await graphRoute(apiRequest({ kind: 'token', actor: reader }, 'GET', `/api/v1/events/${big.eventId}/graph`), idParams(big.eventId));
    expect(signedIn.status).toBe(200);
  });
});

describe('listContestedEvents', () => {
  it('ranks an event by its contradiction pairs among live claims', async () => {
    const ranked = await listContestedEvents(anonymous, 100);
    const mine = ranked.find((e) => e.id === big.eventId);
    expect(mine).toEqual(expect.objectContaining({ contradictionCount: PAIRS_LISTED + 3, claimCount: CLAIMS + 1 }));
    expect(mine!.alignments.map((a) => a.slug)).toEqual(['pro-government', 'pro-militant']);
    const counts = ranked.map((e) => e.contradictionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('stops counting the pairs of a deleted claim', async () => {
    const deleted = big.militantClaim; // in PAIRS_LISTED + 2 of the pairs
    await db.claim.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
    try {
      const mine = (await listContestedEvents(anonymous, 100)).find((e) => e.id === big.eventId);
      expect(mine).toEqual(expect.objectContaining({ contradictionCount: 1, claimCount: CLAIMS }));
      expect(mine!.alignments.map((a) => a.slug)).toEqual(['pro-government']);
    } finally {
      await db.claim.update({ where: { id: deleted }, data: { deletedAt: null } });
    }
  });
});
