// The review desk: review status and assignee on claims and events, with role rules (editors
// close the work), assignment checks, version conflicts, history and audit; the list filters;
// and the queue's sections with their counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { PATCH as claimReview } from '@/app/api/v1/claims/[id]/review/route';
import { PATCH as eventReview } from '@/app/api/v1/events/[id]/review/route';
import { GET as listClaimsRoute, POST as postClaim } from '@/app/api/v1/claims/route';
import { GET as getClaimRoute } from '@/app/api/v1/claims/[id]/route';
import { GET as claimHistory } from '@/app/api/v1/claims/[id]/history/route';
import { POST as addAttribution } from '@/app/api/v1/claims/[id]/attributions/route';
import { GET as listEventsRoute, POST as postEvent } from '@/app/api/v1/events/route';
import { GET as getEventRoute } from '@/app/api/v1/events/[id]/route';
import { GET as eventHistory } from '@/app/api/v1/events/[id]/history/route';
import { countAssignedToMe, listQueueSection } from '@/lib/review/review-queue.server';
import { listAssignableUsers } from '@/lib/review/assignable-users.server';
import { apiRequest, createActor, params, uniq, type Caller, type TestActor } from '../helpers/auth-fixtures';
import { scenarioTwoBody, seeded } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let editor: TestActor;
let disabled: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;

beforeAll(async () => {
  [reviewer, editor, disabled] = await Promise.all([createActor('reviewer'), createActor('editor'), createActor('reviewer', { status: 'disabled' })]);
  s = await seeded();
});

const tok = (actor: TestActor): Caller => ({ kind: 'token', actor });
const p = (id: number) => params({ id: String(id) });
const viewerOf = (a: TestActor) => ({ id: a.id, role: a.role, email: a.email, name: a.name });

async function newClaim() {
  const res = await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', scenarioTwoBody(s, { text: uniq('Claim under review') })));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; version: number };
}
async function newEvent() {
  const res = await postEvent(apiRequest(tok(reviewer), 'POST', '/api/v1/events', { title: uniq('Shelling of Ariha') }));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; version: number };
}
const reviewClaim = (actor: TestActor, id: number, body: unknown) => claimReview(apiRequest(tok(actor), 'PATCH', `/api/v1/claims/${id}/review`, body), p(id));
const reviewEvent = (actor: TestActor, id: number, body: unknown) => eventReview(apiRequest(tok(actor), 'PATCH', `/api/v1/events/${id}/review`, body), p(id));
const claimRow = (id: number) => db.claim.findUniqueOrThrow({ where: { id }, select: { reviewStatus: true, assigneeId: true, version: true } });
const eventRow = (id: number) => db.event.findUniqueOrThrow({ where: { id }, select: { reviewStatus: true, assigneeId: true, version: true } });

describe('PATCH /api/v1/claims/:id/review', () => {
  it('lets a reviewer assign and move a claim, keeps a revision, audits it, and the answers show it', async () => {
    const claim = await newClaim();
    const res = await reviewClaim(reviewer, claim.id, { status: 'in_review', assigneeId: reviewer.id, version: claim.version, reason: 'Checking the video.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reviewStatus: 'in_review', assigneeId: reviewer.id, assigneeName: reviewer.name, version: claim.version + 1 });

    const detail = await (await getClaimRoute(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/claims/${claim.id}`), p(claim.id))).json();
    expect(detail).toMatchObject({ reviewStatus: 'in_review', assignee: { id: reviewer.id, name: reviewer.name } });

    const history = await (await claimHistory(apiRequest(tok(reviewer), 'GET', `/api/v1/claims/${claim.id}/history`), p(claim.id))).json();
    const entry = history.items.find((i: { action: string }) => i.action === 'review');
    expect(entry.reason).toBe('Checking the video.');
    expect(entry.changes).toEqual(expect.arrayContaining([
      { kind: 'changed', field: 'Review status', before: 'new', after: 'in review' },
      { kind: 'changed', field: 'Assigned to', before: '(none)', after: reviewer.name },
    ]));
    const audit = await db.auditEntry.findFirst({ where: { action: 'claim.review', entityId: String(claim.id) }, orderBy: { id: 'desc' } });
    expect(audit?.actorId).toBe(reviewer.id);
    expect(audit?.after).toMatchObject({ reviewStatus: 'in_review', assigneeId: reviewer.id });
  });

  it('keeps reviewed for editors (403 naming status), refuses settled on a claim (400) and changes nothing', async () => {
    const claim = await newClaim();
    const forbidden = await reviewClaim(reviewer, claim.id, { status: 'reviewed', version: claim.version });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.fields).toHaveProperty('status');
    const settled = await reviewClaim(editor, claim.id, { status: 'settled', version: claim.version });
    expect(settled.status).toBe(400);
    expect((await settled.json()).error.fields).toHaveProperty('status');
    expect(await claimRow(claim.id)).toEqual({ reviewStatus: 'new', assigneeId: null, version: claim.version });

    for (const status of ['in_review', 'needs_more_evidence', 'new'] as const) {
      const { version } = await claimRow(claim.id);
      expect((await reviewClaim(reviewer, claim.id, { status, version })).status).toBe(200);
    }
    const { version } = await claimRow(claim.id);
    expect((await reviewClaim(editor, claim.id, { status: 'reviewed', version })).status).toBe(200);
    expect((await claimRow(claim.id)).reviewStatus).toBe('reviewed');
  });

  it('assigns only active users of reviewer role or more (400 naming assigneeId); null unassigns', async () => {
    const claim = await newClaim();
    for (const assigneeId of [disabled.id, 2_000_000_000]) {
      const res = await reviewClaim(reviewer, claim.id, { assigneeId, version: claim.version });
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields).toHaveProperty('assigneeId');
    }
    expect((await reviewClaim(reviewer, claim.id, { assigneeId: editor.id, version: claim.version })).status).toBe(200);
    expect((await reviewClaim(reviewer, claim.id, { assigneeId: null, version: claim.version + 1 })).status).toBe(200);
    expect(await claimRow(claim.id)).toMatchObject({ assigneeId: null, version: claim.version + 2 });

    const users = await listAssignableUsers(viewerOf(reviewer));
    expect(users.map((u) => u.id)).toEqual(expect.arrayContaining([reviewer.id, editor.id]));
    expect(users.map((u) => u.id)).not.toContain(disabled.id);
  });

  it('answers a stale version with 409 and the claim as it is now; an empty change is 400', async () => {
    const claim = await newClaim();
    expect((await reviewClaim(reviewer, claim.id, { status: 'in_review', version: claim.version })).status).toBe(200);
    const stale = await reviewClaim(editor, claim.id, { status: 'reviewed', version: claim.version });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ reviewStatus: 'in_review', version: claim.version + 1 });
    expect((await reviewClaim(reviewer, claim.id, { version: claim.version + 1 })).status).toBe(400);
    expect((await claimRow(claim.id)).reviewStatus).toBe('in_review');
  });
});

describe('PATCH /api/v1/events/:id/review', () => {
  it('settles only for editors, keeps an event revision and audits it', async () => {
    const event = await newEvent();
    const refused = await reviewEvent(reviewer, event.id, { status: 'settled', version: event.version });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.fields).toHaveProperty('status');
    expect((await reviewEvent(reviewer, event.id, { status: 'in_review', assigneeId: editor.id, version: event.version })).status).toBe(200);
    const stale = await reviewEvent(editor, event.id, { status: 'settled', version: event.version });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ reviewStatus: 'in_review' });
    const ok = await reviewEvent(editor, event.id, { status: 'settled', version: event.version + 1, reason: 'OCHA confirms it.' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ reviewStatus: 'settled', assigneeId: editor.id, assigneeName: editor.name });

    const detail = await (await getEventRoute(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/events/${event.id}`), p(event.id))).json();
    expect(detail).toMatchObject({ reviewStatus: 'settled', assignee: { id: editor.id } });
    const history = await (await eventHistory(apiRequest(tok(editor), 'GET', `/api/v1/events/${event.id}/history`), p(event.id))).json();
    expect(history.items[0]).toMatchObject({ action: 'review', reason: 'OCHA confirms it.' });
    expect(history.items[0].changes).toEqual([{ field: 'Review status', before: 'in review', after: 'settled' }]);
    expect(await db.auditEntry.count({ where: { action: 'event.review', entityId: String(event.id) } })).toBe(2);
  });
});

describe('filters', () => {
  it('GET /api/v1/claims filters by status and assignee; GET /api/v1/events by status', async () => {
    const [a, b] = [await newClaim(), await newClaim()];
    await reviewClaim(reviewer, a.id, { status: 'needs_more_evidence', assigneeId: editor.id, version: a.version });
    const byStatus = await (await listClaimsRoute(apiRequest(tok(reviewer), 'GET', '/api/v1/claims?status=needs_more_evidence&limit=100'))).json();
    const ids = byStatus.items.map((i: { id: number }) => i.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(b.id);
    const byAssignee = await (await listClaimsRoute(apiRequest(tok(reviewer), 'GET', `/api/v1/claims?assigneeId=${editor.id}&limit=100`))).json();
    expect(byAssignee.items.map((i: { id: number }) => i.id)).toEqual([a.id]);
    expect((await listClaimsRoute(apiRequest(tok(reviewer), 'GET', '/api/v1/claims?status=settled'))).status).toBe(400);

    const event = await newEvent();
    await reviewEvent(reviewer, event.id, { status: 'needs_more_evidence', version: event.version });
    const events = await (await listEventsRoute(apiRequest(tok(reviewer), 'GET', '/api/v1/events?status=needs_more_evidence&limit=100'))).json();
    expect(events.items.map((e: { id: number }) => e.id)).toContain(event.id);
    expect(events.items.every((e: { reviewStatus: string }) => e.reviewStatus === 'needs_more_evidence')).toBe(true);
  });
});

describe('the queue', () => {
  it('lists what is assigned to me, open only, keyset-paged with a count', async () => {
    const me = await createActor('reviewer');
    const claims = [await newClaim(), await newClaim(), await newClaim()];
    for (const c of claims) await reviewClaim(editor, c.id, { assigneeId: me.id, version: c.version });
    const event = await newEvent();
    await reviewEvent(editor, event.id, { assigneeId: me.id, version: event.version });
    expect(await countAssignedToMe(viewerOf(me))).toBe(4);

    const first = await listQueueSection(viewerOf(me), 'assigned', undefined, 3);
    expect(first.count).toBe(4);
    expect(first.items).toHaveLength(3);
    const second = await listQueueSection(viewerOf(me), 'assigned', first.nextCursor!, 3);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items].map((i) => `${i.kind}:${i.id}`);
    expect(seen.sort()).toEqual([...claims.map((c) => `claim:${c.id}`), `event:${event.id}`].sort());

    // Reviewed work leaves the section.
    await reviewClaim(editor, claims[0].id, { status: 'reviewed', version: claims[0].version + 1 });
    expect(await countAssignedToMe(viewerOf(me))).toBe(3);
    await expect(listQueueSection(viewerOf(me), 'assigned', 'not-a-cursor')).rejects.toMatchObject({ status: 400 });
    await expect(listQueueSection(null, 'assigned')).rejects.toMatchObject({ status: 401 });
  });

  it('lists contested claims without a verdict, new relays of reviewed claims, events in review and recently settled', async () => {
    const v = viewerOf(reviewer);
    const contested = await listQueueSection(v, 'contested', undefined, 100);
    const contestedIds = await db.claim.findMany({ where: { contested: true, credibility: 6, deletedAt: null, mergedIntoId: null }, select: { id: true } });
    expect(contested.count).toBe(contestedIds.length);
    expect(contested.count).toBeGreaterThan(0);

    const claim = await newClaim();
    await reviewClaim(editor, claim.id, { status: 'reviewed', version: claim.version });
    const before = await listQueueSection(v, 'relays', undefined, 100);
    expect(before.items.map((i) => i.id)).not.toContain(claim.id);
    const added = await addAttribution(apiRequest(tok(reviewer), 'POST', `/api/v1/claims/${claim.id}/attributions`, { sourceId: s.southFront, role: 'relays', relaysId: null }), p(claim.id));
    expect(added.status).toBe(201);
    const after = await listQueueSection(v, 'relays', undefined, 100);
    expect(after.count).toBe(before.count + 1);
    expect(after.items[0]).toMatchObject({ kind: 'claim', id: claim.id, status: 'reviewed' });

    const [inReview, settled] = [await newEvent(), await newEvent()];
    await reviewEvent(reviewer, inReview.id, { status: 'in_review', version: inReview.version });
    await reviewEvent(editor, settled.id, { status: 'settled', version: settled.version });
    expect((await listQueueSection(v, 'inReview', undefined, 100)).items.map((i) => i.id)).toContain(inReview.id);
    const settledPage = await listQueueSection(v, 'settled', undefined, 100);
    expect(settledPage.items[0]).toMatchObject({ kind: 'event', id: settled.id, status: 'settled' });
    expect(settledPage.items.map((i) => i.id)).not.toContain(inReview.id);
  });
});
