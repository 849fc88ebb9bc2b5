// A claim's history reads every snapshot shape this app has ever written, and shows anything else
// as "could not be read" (with the stored JSON for editors), never a 500: through the history API
// and through the history list the claim page renders.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { snapshotClaim } from '@/lib/claims/claim-snapshot.server';
import { editClaim } from '@/lib/claims/edit-claim.server';
import { createRelation } from '@/lib/relations/relation-commands.server';
import { mergeClaims } from '@/lib/relations/merge-claims.server';
import { getClaimHistory } from '@/lib/claims/claim-history.server';
import { ClaimHistoryList } from '@/app/claims/[id]/_components/claim-history-list';
import { GET as historyRoute } from '@/app/api/v1/claims/[id]/history/route';
import { apiRequest, createActor, createTestSource, params, uniq, type TestActor } from '../helpers/auth-fixtures';

let editor: TestActor;
let reviewer: TestActor;
const asViewer = (a: TestActor) => ({ id: a.id, role: a.role, email: a.email, name: a.name });

// The state snapshot the first release wrote (lib/claims/claim-snapshot.server.ts at 7de8d71):
// origin and carrier counts inside, attribution ids and source ids as numbers.
const firstReleaseState = {
  id: 1, text: 'HTS fighters tried to advance and were forced to retreat.', language: 'en', originalText: null, originalLanguage: null,
  occurredAt: '2020-07-01T00:00:00.000Z', occurredPrecision: 'day', placeName: 'Kansafrah', latitude: 35.62, longitude: 36.47,
  placePrecision: 'town', eventId: 1, credibility: 6, credibilityReason: null, originCount: 1, carrierCount: 0, version: 2,
  deletedAt: null, eventTitle: 'Clashes near Kansafrah, Al-Ruwayha and Bayanin',
  parties: [{ role: 'perpetrator', name: 'Hayat Tahrir al-Sham', sourceId: null }],
  figures: [{ measure: 'killed', subject: 'fighters', min: 3, max: 5, wording: 'three to five' }],
  attributions: [{
    id: 10, role: 'asserts', sourceId: 3, documentId: 2, quoteExact: 'were forced to retreat', venue: 'Telegram', statedAt: '2020-07-01T09:00:00.000Z',
    relaysId: null, anchorStatus: 'anchored', sourceName: 'Russian Ministry of Defence',
  }],
};

// The merge snapshot of the first release: the kept and merged claims without attributions
// (that missing list is what once broke the whole history with a TypeError).
const mergedClaim = (id: number, text: string) => ({
  id, text, language: 'en', originalText: null, originalLanguage: null, occurredAt: null, occurredPrecision: null, placeName: null,
  latitude: null, longitude: null, placePrecision: null, eventId: null, credibility: 6, credibilityReason: null, originCount: 1,
  carrierCount: 0, version: 3, deletedAt: null, mergedIntoId: null, parties: [], figures: [],
});
const firstReleaseMerge = {
  claim: mergedClaim(1, 'Kept claim'), merged: mergedClaim(2, 'Duplicate claim'),
  moved: { attributionIds: [11], relationIds: [], revisionIds: [] }, droppedRelations: [],
};

let deep: unknown = { end: true };
for (let i = 0; i < 150; i++) deep = { nested: deep };

// action → snapshot → whether the history can read it
const SHAPES: [string, string, unknown, boolean][] = [
  ['first-release state', 'edit', firstReleaseState, true],
  ['first-release merge', 'merge', firstReleaseMerge, true],
  ['state without attributions', 'edit', { ...firstReleaseState, attributions: undefined }, false],
  ['merge snapshot under a state action', 'edit', firstReleaseMerge, false],
  ['state under the merge action', 'merge', firstReleaseState, false],
  ['attributions not a list', 'edit', { ...firstReleaseState, attributions: 'none' }, false],
  ['an attribution that is null', 'edit', { ...firstReleaseState, attributions: [null] }, false],
  ['credibility out of range', 'credibility', { ...firstReleaseState, credibility: 99 }, false],
  ['text too long to be a claim', 'edit', { ...firstReleaseState, text: 'x'.repeat(200_000) }, false],
  ['an unknown action with a valid state', 'import', firstReleaseState, true],
  ['null', 'edit', null, false],
  ['an empty object', 'edit', {}, false],
  ['an empty list', 'recorded', [], false],
  ['a string', 'edit', 'not a snapshot', false],
  ['a number', 'restore', 42, false],
  ['a boolean', 'delete', true, false],
  ['deep nesting', 'edit', deep, false],
  ['markup for text', 'edit', { text: '<script>alert(1)</script>' }, false],
];

async function claimWith(revisions: { action: string; snapshot: unknown }[]) {
  const claim = await db.claim.create({ data: { text: uniq('History shapes') }, select: { id: true } });
  let version = 1;
  for (const r of revisions) {
    await db.claimRevision.create({
      data: { claimId: claim.id, version: version++, action: r.action, snapshot: r.snapshot === null ? Prisma.JsonNull : (r.snapshot as Prisma.InputJsonValue) },
    });
  }
  return claim.id;
}

async function historyOverHttp(claimId: number, actor: TestActor | null) {
  const res = await historyRoute(
    apiRequest(actor ? { kind: 'token', actor } : { kind: 'anonymous' }, 'GET', `/api/v1/claims/${claimId}/history`),
    params({ id: String(claimId) }),
  );
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  [editor, reviewer] = await Promise.all([createActor('editor'), createActor('reviewer')]);
});

describe('every stored snapshot shape', () => {
  it.each(SHAPES.map(([label, action, snapshot, readable]) => ({ label, action, snapshot, readable })))('$label ($action): readable $readable, never a 500', async ({ action, snapshot, readable }) => {
    const claimId = await claimWith([{ action, snapshot }]);

    const asEditor = await historyOverHttp(claimId, editor);
    expect(asEditor.status).toBe(200);
    expect(asEditor.body.items).toHaveLength(1);
    expect(asEditor.body.items[0]).toMatchObject({ action, readable });
    // Editors see what was stored when it cannot be read; nobody sees it otherwise.
    const raw = asEditor.body.items[0].rawSnapshot;
    expect(readable ? raw : JSON.parse(raw)).toEqual(readable ? null : snapshot);

    for (const actor of [reviewer, null]) {
      const other = await historyOverHttp(claimId, actor);
      expect(other.status).toBe(200);
      expect(other.body.items[0]).toMatchObject({ readable, rawSnapshot: null });
    }

    const html = renderToStaticMarkup(createElement(ClaimHistoryList, { entries: await getClaimHistory(asViewer(editor), claimId) }));
    if (readable) {
      expect(html).not.toContain('could not be read');
    } else {
      expect(html).toContain('This revision could not be read');
      expect(html).toContain('Show the recorded JSON');
      expect(html).not.toContain('<script>');
    }
    const readerHtml = renderToStaticMarkup(createElement(ClaimHistoryList, { entries: await getClaimHistory(null, claimId) }));
    expect(readerHtml).not.toContain('Show the recorded JSON');
  });

  it('diffs across unreadable revisions: each readable one is compared with the last readable before it', async () => {
    const source = await createTestSource();
    const claimId = await claimWith([]);
    await db.attribution.create({ data: { claimId, sourceId: source.id, role: 'asserts' } });
    const current = await db.$transaction((tx) => snapshotClaim(tx, claimId));
    const before = { ...current!, credibility: 6, version: 1 };
    const after = { ...current!, credibility: 3, version: 4 };
    const id = await claimWith([
      { action: 'create', snapshot: before },
      { action: 'edit', snapshot: 'garbage' },
      { action: 'merge', snapshot: firstReleaseMerge },
      { action: 'credibility', snapshot: after },
    ]);
    const { status, body } = await historyOverHttp(id, editor);
    expect(status).toBe(200);
    expect(body.items.map((e: { action: string; readable: boolean }) => [e.action, e.readable])).toEqual([
      ['credibility', true], ['merge', true], ['edit', false], ['create', true],
    ]);
    expect(body.items[0].changes).toEqual([{ kind: 'changed', field: 'Credibility', before: '6', after: '3' }]);
    expect(body.items[1].changes).toEqual([{ kind: 'added', field: 'Merged duplicate', value: '#2: Duplicate claim' }]);
  });

  it('today’s snapshot of a seeded claim with attributions, parties and figures reads back', async () => {
    const seeded = await db.claim.findFirst({ where: { attributions: { some: {} }, mergedIntoId: null, deletedAt: null }, select: { id: true } });
    const snapshot = await db.$transaction((tx) => snapshotClaim(tx, seeded!.id));
    const claimId = await claimWith([{ action: 'edit', snapshot }]);
    const { body } = await historyOverHttp(claimId, editor);
    expect(body.items[0]).toMatchObject({ readable: true, rawSnapshot: null });
  });

  it('after a merge, the duplicate’s revisions are marked as its own and diffed against its own earlier state', async () => {
    const [keep, dup] = [await claimWith([]), await claimWith([])];
    await editClaim(asViewer(reviewer), keep, { text: 'Kept wording, edited', version: 1 } as never);
    await editClaim(asViewer(reviewer), dup, { text: 'Duplicate wording, edited', version: 1 } as never);
    await createRelation(asViewer(reviewer), keep, { targetClaimId: dup, type: 'same_as' });
    await mergeClaims(asViewer(editor), keep, dup);
    const { status, body } = await historyOverHttp(keep, editor);
    expect(status).toBe(200);
    const rows = body.items.map((e: { action: string; fromClaimId: number | null; changes: { field: string; after?: string }[] }) => ({
      action: e.action, fromClaimId: e.fromClaimId, text: e.changes.find((c) => c.field === 'Wording')?.after ?? null,
    }));
    expect(rows).toEqual([
      { action: 'merge', fromClaimId: null, text: null },
      { action: 'edit', fromClaimId: dup, text: 'Duplicate wording, edited' },
      { action: 'recorded', fromClaimId: dup, text: null },
      { action: 'edit', fromClaimId: null, text: 'Kept wording, edited' },
      { action: 'recorded', fromClaimId: null, text: null },
    ]);
  });
});
