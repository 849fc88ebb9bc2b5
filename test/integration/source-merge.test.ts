// Merging a duplicate source into the one that stays (editor): every row naming the duplicate
// moves, counted kind by kind; the editor's rating choice is a new revision; the duplicate's
// address redirects (308) and every later write to it is 409 `merged`; bad merges are 4xx
// naming the field and change nothing; the audit entry lists every moved id.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, sqlRows } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { refreshStaleSourceLookupNames } from '@/lib/sources/source-lookup-names.server';
import { GET as getRoute, PATCH as patchRoute, DELETE as deleteRoute } from '@/app/api/v1/sources/[id]/route';
import { GET as listRoute, POST as createSourceRoute } from '@/app/api/v1/sources/route';
import { POST as mergeRoute } from '@/app/api/v1/sources/[id]/merge/route';
import { POST as unmergeRoute } from '@/app/api/v1/sources/[id]/unmerge/route';
import { PUT as rateRoute } from '@/app/api/v1/sources/[id]/rating/route';
import { POST as restoreRoute } from '@/app/api/v1/sources/[id]/restore/route';
import { POST as postClaim } from '@/app/api/v1/claims/route';
import { GET as sourceFeed } from '@/app/sources/[id]/feed.xml/route';
import { POST as addAttributionRoute } from '@/app/api/v1/claims/[id]/attributions/route';
import { apiRequest, createActor, createTestAlignment, params, type Caller, type TestActor } from '../helpers/auth-fixtures';
import { scenarioTwoBody, seeded } from '../helpers/capture-fixtures';

let reviewer: TestActor;
let editor: TestActor;
let admin: TestActor;
let s: Awaited<ReturnType<typeof seeded>>;

beforeAll(async () => {
  [reviewer, editor, admin] = await Promise.all([createActor('reviewer'), createActor('editor'), createActor('admin')]);
  s = await seeded();
});

const tok = (actor: TestActor): Caller => ({ kind: 'token', actor });
const p = (id: number) => params({ id: String(id) });
const word = (label: string) => `${label}${randomBytes(4).toString('hex')}`;
const RATIONALE = 'The duplicate record was graded on the fuller evidence, so its grade stands.';

const merge = (caller: Caller, keptId: number, body: unknown) =>
  mergeRoute(apiRequest(caller, 'POST', `/api/v1/sources/${keptId}/merge`, body), p(keptId));

async function createSource(caller: Caller, body: Record<string, unknown>) {
  const res = await createSourceRoute(apiRequest(caller, 'POST', '/api/v1/sources', { kind: 'official', confirmNew: true, ...body }));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: number; version: number; ratingVersion: number; name: string };
}

async function rate(id: number, reliability: string, version: number) {
  const res = await rateRoute(apiRequest(tok(reviewer), 'PUT', `/api/v1/sources/${id}/rating`, { reliability, rationale: `Graded ${reliability} from the record so far.`, version }), p(id));
  expect(res.status, await res.clone().text()).toBe(200);
}

async function claimWith(attributions: unknown[], extra: Record<string, unknown> = {}) {
  const res = await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', scenarioTwoBody(s, { attributions, ...extra })));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: number };
}

/** Every kind of row that names a source, counted per source. */
async function rowsOf(id: number) {
  const [row] = await sqlRows<Record<string, number>>(Prisma.sql`
    SELECT
      (SELECT count(*)::int FROM attributions WHERE source_id = ${id}) AS attributions,
      (SELECT count(*)::int FROM claim_parties WHERE source_id = ${id}) AS parties,
      (SELECT count(*)::int FROM documents WHERE publisher_id = ${id}) AS documents,
      (SELECT count(*)::int FROM sources WHERE represents_id = ${id}) AS "representedBy",
      (SELECT count(*)::int FROM rating_revisions WHERE source_id = ${id}) AS "ratingRevisions",
      (SELECT count(*)::int FROM source_alignment_changes WHERE source_id = ${id}) AS "alignmentChanges",
      (SELECT count(*)::int FROM source_conflict_alignments WHERE source_id = ${id}) AS "conflictAlignments",
      (SELECT count(*)::int FROM source_identifiers WHERE source_id = ${id}) AS identifiers,
      (SELECT count(*)::int FROM source_lookup_names WHERE source_id = ${id} AND kind <> 'identifier') AS "lookupNames"`);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

const sourceRow = (id: number) => db.source.findUniqueOrThrow({
  where: { id },
  select: { name: true, aliases: true, version: true, ratingVersion: true, reliability: true, representsId: true, mergedIntoId: true, mergedAt: true },
});
const claimState = (id: number) => db.claim.findUniqueOrThrow({ where: { id }, select: { assertingAlignments: true, originCount: true, version: true } });

/** A kept source and a duplicate, each with something of every kind. */
async function arrange() {
  const [a, b, y, z] = await Promise.all([createTestAlignment(), createTestAlignment(), createTestAlignment(), createTestAlignment()]);
  const state = await createSource(tok(reviewer), { name: word('State'), alignmentSlug: a.slug });
  const kept = await createSource(tok(reviewer), { name: word('Keptministry'), alignmentSlug: a.slug, aliases: [word('Keptalias')] });
  const dupe = await createSource(tok(reviewer), { name: word('Dupeministry'), alignmentSlug: b.slug, aliases: [word('Dupealias')], representsId: state.id });
  await rate(kept.id, 'C', 0);
  await rate(dupe.id, 'B', 0);
  await rate(dupe.id, 'D', 1);

  const [c1, c2] = await Promise.all([word('Conflict'), word('Conflict')].map((name) => db.conflict.create({ data: { name }, select: { id: true } })));
  await db.sourceConflictAlignment.createMany({
    data: [
      { sourceId: kept.id, conflictId: c1.id, alignmentSlug: y.slug, reason: 'Kept: aligned so in this war.' },
      { sourceId: dupe.id, conflictId: c1.id, alignmentSlug: z.slug, reason: 'Duplicate: aligned otherwise here.' },
      { sourceId: dupe.id, conflictId: c2.id, alignmentSlug: z.slug, reason: 'Duplicate only in the second war.' },
    ],
  });
  await db.sourceAlignmentChange.create({ data: { sourceId: dupe.id, conflictId: c1.id, fromSlug: null, toSlug: z.slug, reason: 'Set for the first war.' } });
  await db.sourceIdentifier.create({ data: { sourceId: dupe.id, kind: 'telegram', value: word('dupechannel').toLowerCase() } });
  const envoy = await createSource(tok(reviewer), { name: word('Envoy'), alignmentSlug: a.slug, representsId: dupe.id });
  const url = `https://example.org/${word('doc')}`;
  const doc = await db.document.create({ data: { url, normalizedUrl: url, title: 'Statement', text: 'A statement.', textSha256: '0'.repeat(64), publisherId: dupe.id }, select: { id: true } });

  const event = await db.event.create({ data: { title: word('Clashes'), conflictId: c1.id }, select: { id: true } });
  // The duplicate asserts in an event of the first war; a relay by it; a party naming it.
  const asserted = await claimWith([{ sourceId: dupe.id, role: 'asserts' }], { eventId: event.id, parties: [{ role: 'target', name: 'Ministry', sourceId: dupe.id }] });
  const relayed = await claimWith([{ sourceId: kept.id, role: 'asserts' }, { sourceId: dupe.id, role: 'relays', relaysIndex: 0 }]);
  return { a, b, y, z, state, kept, dupe, envoy, doc, c1, c2, asserted, relayed };
}

describe('POST /api/v1/sources/:id/merge', () => {
  it('moves every kind of row to the kept source, records the rating choice, and audits every moved id', async () => {
    const t = await arrange();
    const before = { kept: await rowsOf(t.kept.id), dupe: await rowsOf(t.dupe.id) };
    expect(before.dupe).toMatchObject({
      attributions: 2, parties: 1, documents: 1, representedBy: 1, ratingRevisions: 2, alignmentChanges: 2,
      conflictAlignments: 2, identifiers: 1,
    });
    expect(before.dupe.lookupNames).toBeGreaterThanOrEqual(2);
    expect((await claimState(t.asserted.id)).assertingAlignments).toEqual([t.z.slug]);
    const keptBefore = await sourceRow(t.kept.id);
    const dupeBefore = await sourceRow(t.dupe.id);

    const res = await merge(tok(editor), t.kept.id, {
      mergeId: t.dupe.id, reason: 'The same ministry, created twice.', version: keptBefore.version, keepRating: 'merged', ratingRationale: RATIONALE,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const answer = await res.json();

    const after = { kept: await rowsOf(t.kept.id), dupe: await rowsOf(t.dupe.id) };
    // Everything the duplicate had now belongs to the kept source, nothing is left behind.
    for (const kind of ['attributions', 'parties', 'documents', 'representedBy', 'alignmentChanges', 'identifiers'] as const) {
      expect(after.kept[kind], kind).toBe(before.kept[kind] + before.dupe[kind]);
      expect(after.dupe[kind], kind).toBe(0);
    }
    // Its two revisions move (with their numbers), and the rating choice is one more.
    expect(after.kept.ratingRevisions).toBe(before.kept.ratingRevisions + before.dupe.ratingRevisions + 1);
    expect(after.dupe.ratingRevisions).toBe(0);
    // Both had an alignment in the first war: the kept one's stays, the duplicate's second-war one moves.
    expect(after.kept.conflictAlignments).toBe(2);
    expect(after.dupe.conflictAlignments).toBe(0);
    expect(await db.sourceConflictAlignment.findMany({ where: { sourceId: t.kept.id }, select: { conflictId: true, alignmentSlug: true }, orderBy: { conflictId: 'asc' } }))
      .toEqual([{ conflictId: t.c1.id, alignmentSlug: t.y.slug }, { conflictId: t.c2.id, alignmentSlug: t.z.slug }].sort((x, y) => x.conflictId - y.conflictId));
    // Its names are the kept source's aliases, found by search; it has no lookup rows of its own.
    expect(after.dupe.lookupNames).toBe(0);
    // The refold run at every start does not give the merged source its names back.
    await refreshStaleSourceLookupNames();
    expect((await rowsOf(t.dupe.id)).lookupNames).toBe(0);
    expect(after.kept.lookupNames).toBe(before.kept.lookupNames + 2);
    const [lookupIdentifiers] = await sqlRows<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM source_lookup_names WHERE source_id = ${t.kept.id} AND kind = 'identifier'`);
    expect(Number(lookupIdentifiers.n)).toBe(after.kept.identifiers);

    const kept = await sourceRow(t.kept.id);
    expect(kept.aliases).toEqual(expect.arrayContaining([dupeBefore.name, ...dupeBefore.aliases, ...keptBefore.aliases]));
    expect(kept).toMatchObject({ version: keptBefore.version + 1, ratingVersion: keptBefore.ratingVersion + 1, reliability: 'D', representsId: t.state.id });
    expect(await sourceRow(t.dupe.id)).toMatchObject({ mergedIntoId: t.kept.id, mergedAt: expect.any(Date), version: dupeBefore.version + 1 });

    // The rating choice: a new revision on the kept source with the rationale; moved revisions name their record.
    const revisions = await db.ratingRevision.findMany({ where: { sourceId: t.kept.id }, orderBy: { id: 'asc' }, select: { version: true, reliability: true, previous: true, rationale: true, fromSourceId: true, authorId: true } });
    expect(revisions.filter((r) => r.fromSourceId === t.dupe.id).map((r) => r.version)).toEqual([1, 2]);
    expect(revisions.at(-1)).toEqual({ version: 2, reliability: 'D', previous: 'C', rationale: RATIONALE, fromSourceId: null, authorId: editor.id });
    const detail = await (await getRoute(apiRequest(tok(reviewer), 'GET', `/api/v1/sources/${t.kept.id}`), p(t.kept.id))).json();
    expect(detail.rating).toMatchObject({ reliability: 'D', version: 2, rationale: RATIONALE });
    expect(detail.ratingHistory.filter((r: { fromSource: { id: number } | null }) => r.fromSource?.id === t.dupe.id)).toHaveLength(2);

    // Claims follow: the asserting alignment is now the kept source's in that war; relays stay on their hop.
    expect((await claimState(t.asserted.id)).assertingAlignments).toEqual([t.y.slug]);
    const relay = await db.attribution.findFirstOrThrow({ where: { claimId: t.relayed.id, role: 'relays' }, select: { sourceId: true, relaysId: true } });
    const origin = await db.attribution.findFirstOrThrow({ where: { claimId: t.relayed.id, role: 'asserts' }, select: { id: true } });
    expect(relay).toEqual({ sourceId: t.kept.id, relaysId: origin.id });
    const [context] = await sqlRows<{ found: boolean }>(Prisma.sql`
      SELECT search_context::text ILIKE ${`%${dupeBefore.name.toLowerCase().slice(0, 10)}%`} AS found FROM claims WHERE id = ${t.relayed.id}`);
    expect(context.found).toBe(true);

    // Search and lists show the kept source only.
    const search = await (await listRoute(apiRequest(tok(reviewer), 'GET', `/api/v1/sources?q=${encodeURIComponent(dupeBefore.name)}`))).json();
    expect(search.items[0]).toMatchObject({ id: t.kept.id, matched: { name: dupeBefore.name, kind: 'alias' } });
    expect(search.items.map((i: { id: number }) => i.id)).not.toContain(t.dupe.id);
    const list = await (await listRoute(apiRequest(tok(reviewer), 'GET', `/api/v1/sources?limit=100&alignment=${t.b.slug}`))).json();
    expect(list.items.map((i: { id: number }) => i.id)).not.toContain(t.dupe.id);

    // The answer and the audit entry list every moved id by kind.
    expect(answer.moved.attributionIds).toHaveLength(2);
    expect(answer.moved.droppedConflictAlignments).toEqual([expect.objectContaining({ conflictId: t.c1.id, alignmentSlug: t.z.slug })]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: 'source', entityId: String(t.kept.id), action: 'source.merge' }, select: { actorId: true, after: true, before: true } });
    expect(audit.actorId).toBe(editor.id);
    expect(audit.after).toMatchObject({
      mergedId: t.dupe.id, keepRating: 'merged',
      moved: {
        attributionIds: answer.moved.attributionIds, partyIds: [expect.any(Number)], documentIds: [t.doc.id], representedByIds: [t.envoy.id],
        ratingRevisionIds: expect.arrayContaining([expect.any(Number), expect.any(Number)]), identifierIds: [expect.any(Number)],
        conflictAlignmentConflictIds: [t.c2.id], droppedConflictAlignments: [expect.objectContaining({ conflictId: t.c1.id })],
      },
    });
    expect(audit.before).toMatchObject({ merged: { id: t.dupe.id, name: dupeBefore.name } });
  });

  it('the merged source redirects (308) and every later write to it is 409 merged naming the kept id', async () => {
    const t = await arrange();
    const keptVersion = (await sourceRow(t.kept.id)).version;
    expect((await merge(tok(editor), t.kept.id, { mergeId: t.dupe.id, reason: 'Created twice by two reviewers.', version: keptVersion, keepRating: 'kept', ratingRationale: RATIONALE })).status).toBe(200);
    const keptNow = await sourceRow(t.kept.id);
    expect(keptNow.reliability).toBe('C');

    const got = await getRoute(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/sources/${t.dupe.id}`), p(t.dupe.id));
    expect(got.status).toBe(308);
    expect(new URL(got.headers.get('location')!).pathname).toBe(`/api/v1/sources/${t.kept.id}`);
    const feed = await sourceFeed(apiRequest({ kind: 'anonymous' }, 'GET', `/sources/${t.dupe.id}/feed.xml`), p(t.dupe.id));
    expect(feed.status).toBe(308);
    expect(new URL(feed.headers.get('location')!).pathname).toBe(`/sources/${t.kept.id}/feed.xml`);

    const dupeNow = await sourceRow(t.dupe.id);
    const other = await createSource(tok(reviewer), { name: word('Other'), alignmentSlug: t.a.slug });
    const refused = async (res: Response, field?: string) => {
      expect(res.status).toBe(409);
      const body = await res.json();
      expect(body.error.code).toBe('merged');
      expect(body.error.message).toContain(`#${t.kept.id}`);
      if (field) expect(Object.keys(body.error.fields)).toContain(field);
    };
    const ed = tok(editor);
    await refused(await patchRoute(apiRequest(ed, 'PATCH', `/api/v1/sources/${t.dupe.id}`, { description: 'Still here?', version: dupeNow.version }), p(t.dupe.id)));
    await refused(await rateRoute(apiRequest(ed, 'PUT', `/api/v1/sources/${t.dupe.id}/rating`, { reliability: 'A', rationale: RATIONALE, version: dupeNow.ratingVersion }), p(t.dupe.id)));
    await refused(await deleteRoute(apiRequest(ed, 'DELETE', `/api/v1/sources/${t.dupe.id}`, {}), p(t.dupe.id)));
    await refused(await restoreRoute(apiRequest(ed, 'POST', `/api/v1/sources/${t.dupe.id}/restore`, {}), p(t.dupe.id)));
    await refused(await merge(ed, t.dupe.id, { mergeId: other.id, reason: 'Into the merged one?', version: dupeNow.version, keepRating: 'kept', ratingRationale: RATIONALE }), 'id');
    await refused(await merge(ed, other.id, { mergeId: t.dupe.id, reason: 'Merge the merged one again?', version: other.version, keepRating: 'kept', ratingRationale: RATIONALE }), 'mergeId');
    await refused(await postClaim(apiRequest(ed, 'POST', '/api/v1/claims', scenarioTwoBody(s, { attributions: [{ sourceId: t.dupe.id, role: 'asserts' }] }))), 'attributions.0.sourceId');
    await refused(await postClaim(apiRequest(ed, 'POST', '/api/v1/claims', scenarioTwoBody(s, { parties: [{ role: 'target', name: 'Ministry', sourceId: t.dupe.id }] }))), 'parties.0.sourceId');
    await refused(await addAttributionRoute(apiRequest(ed, 'POST', `/api/v1/claims/${t.relayed.id}/attributions`, { sourceId: t.dupe.id, role: 'asserts' }), p(t.relayed.id)), 'sourceId');
    await refused(await patchRoute(apiRequest(ed, 'PATCH', `/api/v1/sources/${other.id}`, { representsId: t.dupe.id, version: other.version }), p(other.id)), 'representsId');
    expect(await sourceRow(t.dupe.id)).toEqual(dupeNow);
    expect(await rowsOf(t.dupe.id)).toMatchObject({ attributions: 0, parties: 0, ratingRevisions: 0 });

    // The kept source merged in turn: the first duplicate now points at the last kept source.
    const kept = await sourceRow(t.kept.id);
    const last = await merge(ed, other.id, { mergeId: t.kept.id, reason: 'All three are one ministry.', version: other.version, keepRating: 'merged', ratingRationale: RATIONALE });
    expect(last.status).toBe(200);
    expect((await last.json()).moved.earlierMergedIds).toEqual([t.dupe.id]);
    expect((await sourceRow(t.dupe.id)).mergedIntoId).toBe(other.id);
    const again = await getRoute(apiRequest({ kind: 'anonymous' }, 'GET', `/api/v1/sources/${t.dupe.id}`), p(t.dupe.id));
    expect(new URL(again.headers.get('location')!).pathname).toBe(`/api/v1/sources/${other.id}`);
    expect((await sourceRow(other.id)).reliability).toBe(kept.reliability);
  });

  it('an admin undoes a merge from its audit record: every moved row goes back', async () => {
    const t = await arrange();
    const before = { kept: await rowsOf(t.kept.id), dupe: await rowsOf(t.dupe.id) };
    const keptBefore = await sourceRow(t.kept.id);
    const merged = await merge(tok(editor), t.kept.id, { mergeId: t.dupe.id, reason: 'The same ministry, created twice.', version: keptBefore.version, keepRating: 'merged', ratingRationale: RATIONALE });
    expect(merged.status).toBe(200);
    const unmerge = (caller: Caller) => unmergeRoute(apiRequest(caller, 'POST', `/api/v1/sources/${t.dupe.id}/unmerge`, { reason: 'Two different ministries after all.' }), p(t.dupe.id));
    expect((await unmerge(tok(editor))).status).toBe(403);
    const res = await unmerge(tok(admin));
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await res.json()).movedBack.attributionIds).toHaveLength(2);

    // Everything is back where it was; the kept source keeps the revision recording the merge's choice.
    expect(await rowsOf(t.dupe.id)).toEqual(before.dupe);
    expect(await rowsOf(t.kept.id)).toEqual({ ...before.kept, ratingRevisions: before.kept.ratingRevisions + 1 });
    expect(await sourceRow(t.dupe.id)).toMatchObject({ mergedIntoId: null, mergedAt: null });
    expect(await sourceRow(t.kept.id)).toMatchObject({ aliases: keptBefore.aliases, representsId: keptBefore.representsId });
    expect((await claimState(t.asserted.id)).assertingAlignments).toEqual([t.z.slug]);
    expect((await getRoute(apiRequest(tok(reviewer), 'GET', `/api/v1/sources/${t.dupe.id}`), p(t.dupe.id))).status).toBe(200);
    expect(await db.auditEntry.count({ where: { action: 'source.unmerge', entityId: String(t.dupe.id) } })).toBe(1);
    expect((await unmerge(tok(admin))).status).toBe(409);
  });

  it('a claim written while the merge runs either lands before it (and moves) or is refused: nothing is left on the duplicate', async () => {
    for (let round = 0; round < 3; round++) {
      const t = await arrange();
      const version = (await sourceRow(t.kept.id)).version;
      const [merged, claimed] = await Promise.all([
        merge(tok(editor), t.kept.id, { mergeId: t.dupe.id, reason: 'The same ministry, created twice.', version, keepRating: 'kept', ratingRationale: RATIONALE }),
        postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', scenarioTwoBody(s, { attributions: [{ sourceId: t.dupe.id, role: 'asserts' }] }))),
      ]);
      expect(merged.status).toBe(200);
      expect([201, 409]).toContain(claimed.status);
      expect(await rowsOf(t.dupe.id)).toMatchObject({ attributions: 0, parties: 0 });
    }
  });

  it('refuses bad merges with a 4xx naming the field, and changes nothing', async () => {
    const t = await arrange();
    const snapshot = async () => ({ kept: await sourceRow(t.kept.id), dupe: await sourceRow(t.dupe.id), rows: [await rowsOf(t.kept.id), await rowsOf(t.dupe.id)] });
    const start = await snapshot();
    const good = { mergeId: t.dupe.id, reason: 'The same ministry, created twice.', version: start.kept.version, keepRating: 'kept', ratingRationale: RATIONALE };
    const fieldsOf = async (res: Response, status: number) => {
      expect(res.status).toBe(status);
      return Object.keys((await res.json()).error.fields ?? {});
    };
    expect(await fieldsOf(await merge(tok(editor), t.kept.id, { ...good, mergeId: t.kept.id }), 400)).toEqual(['mergeId']);
    expect(await fieldsOf(await merge(tok(editor), t.kept.id, { ...good, version: start.kept.version + 5 }), 409)).toEqual(['version']);
    expect(await fieldsOf(await merge(tok(editor), t.kept.id, { ...good, mergeId: 2_000_000_000 }), 400)).toEqual(['mergeId']);
    expect(await fieldsOf(await merge(tok(editor), t.kept.id, { ...good, keepRating: 'both' }), 400)).toEqual(['keepRating']);
    expect(await fieldsOf(await merge(tok(editor), t.kept.id, { ...good, ratingRationale: 'ok' }), 400)).toEqual(['ratingRationale']);
    expect(await fieldsOf(await merge(tok(editor), t.kept.id, { ...good, reason: '' }), 400)).toEqual(['reason']);
    expect((await merge(tok(reviewer), t.kept.id, good)).status).toBe(403);
    expect((await merge({ kind: 'anonymous' }, t.kept.id, good)).status).toBe(401);
    expect((await merge(tok(editor), 2_000_000_000, good)).status).toBe(404);
    expect(await snapshot()).toEqual(start);
    expect(await db.auditEntry.count({ where: { action: 'source.merge', entityId: String(t.kept.id) } })).toBe(0);
  });
});
