// Alignment per conflict: a source is pro-government by default and a belligerent in another
// conflict. Each event's columns, the claims filter (asserting_alignments, also from the bulk
// import), the claim list and claim page, compare, the graph and the exchange export show the
// source under its alignment in that event's conflict. Conflicts are created and edited at a
// version (409), an unknown conflict is a 4xx naming the field that changes nothing, every
// change of an alignment in a conflict is kept with its reason, and the roles are the ones a
// default alignment change needs.
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as listConflictsRoute, POST as postConflict } from '@/app/api/v1/conflicts/route';
import { GET as getConflictRoute, PATCH as patchConflictRoute } from '@/app/api/v1/conflicts/[id]/route';
import { GET as listSourceAlignments } from '@/app/api/v1/sources/[id]/conflict-alignments/route';
import { DELETE as deleteAlignmentRoute, PUT as putAlignmentRoute } from '@/app/api/v1/sources/[id]/conflict-alignments/[conflictId]/route';
import { GET as getSourceRoute } from '@/app/api/v1/sources/[id]/route';
import { POST as postEvent } from '@/app/api/v1/events/route';
import { GET as getEventRoute, PATCH as patchEventRoute } from '@/app/api/v1/events/[id]/route';
import { GET as graphRoute } from '@/app/api/v1/events/[id]/graph/route';
import { GET as eventHistoryRoute } from '@/app/api/v1/events/[id]/history/route';
import { POST as postClaim, GET as listClaimsRoute } from '@/app/api/v1/claims/route';
import { GET as getClaimRoute } from '@/app/api/v1/claims/[id]/route';
import { GET as compareRoute } from '@/app/api/v1/compare/route';
import { exportArchive } from '@/lib/exchange/export-archive.server';
import { importClaimRows } from '@/lib/import/claim-rows/import-claim-rows.server';
import { conflictApi } from '@/lib/conflicts/conflict-api';
import { eventApi } from '@/lib/events/event-api';
import { apiRequest, createActor, createTestAlignment, params, uniq, type Caller, type TestActor } from '../helpers/auth-fixtures';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let reviewer: TestActor;
let editor: TestActor;
let admin: TestActor;
const tok = (actor: TestActor): Caller => ({ kind: 'token', actor });
const anon: Caller = { kind: 'anonymous' };
const p = (id: number) => params({ id: String(id) });
const pc = (id: number, conflictId: number) => params({ id: String(id), conflictId: String(conflictId) });

const createConflict = (caller: Caller, body: unknown) => postConflict(apiRequest(caller, 'POST', '/api/v1/conflicts', body));
const patchConflict = (caller: Caller, id: number, body: unknown) => patchConflictRoute(apiRequest(caller, 'PATCH', `/api/v1/conflicts/${id}`, body), p(id));
const putAlignment = (caller: Caller, sourceId: number, conflictId: number, body: unknown) =>
  putAlignmentRoute(apiRequest(caller, 'PUT', `/api/v1/sources/${sourceId}/conflict-alignments/${conflictId}`, body), pc(sourceId, conflictId));
const deleteAlignment = (caller: Caller, sourceId: number, conflictId: number, body: unknown) =>
  deleteAlignmentRoute(apiRequest(caller, 'DELETE', `/api/v1/sources/${sourceId}/conflict-alignments/${conflictId}`, body), pc(sourceId, conflictId));
const getEvent = async (id: number): Promise<Json> => (await getEventRoute(apiRequest(anon, 'GET', `/api/v1/events/${id}`), p(id))).json();
const listClaimIds = async (query: string): Promise<number[]> => {
  const res = await listClaimsRoute(apiRequest(anon, 'GET', `/api/v1/claims?${query}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as Json).items.map((c: Json) => c.id);
};
const assertingAlignments = async (claimId: number) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { assertingAlignments: true } })).assertingAlignments;

/** The slugs of the columns a claim sits in, on its event's page. */
const columnsOf = (event: Json, claimId: number) =>
  event.columns.filter((c: Json) => c.claims.some((x: Json) => x.id === claimId)).map((c: Json) => c.alignment.slug);

let belligerent: string;
let ministry: { id: number; name: string };
let syria: { id: number; version: number; name: string };
let ukraine: { id: number; version: number; name: string };
let syrianEvent: { id: number; title: string };
let ukrainianEvent: { id: number; title: string };
let syrianClaim: number;
let ukrainianClaim: number;

async function newEvent(conflictId: number | null, title = uniq('Strike on a depot')) {
  const res = await postEvent(apiRequest(tok(reviewer), 'POST', '/api/v1/events', { title, startsAt: '2022-03-01', conflictId }));
  expect(res.status).toBe(201);
  const body = eventApi.create.ok.schema!.parse(await res.json());
  expect(body.conflictId).toBe(conflictId);
  return body;
}
async function newClaim(eventId: number, text: string) {
  const res = await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', {
    text, eventId, attributions: [{ sourceId: ministry.id, role: 'asserts', statedAt: '2022-03-02' }],
  }));
  expect(res.status).toBe(201);
  return ((await res.json()) as Json).id as number;
}

beforeAll(async () => {
  [reviewer, editor, admin] = await Promise.all([createActor('reviewer'), createActor('editor'), createActor('admin')]);
  belligerent = (await createTestAlignment()).slug;
  ministry = await db.source.create({
    data: { name: uniq('Russian Ministry of Defence'), kind: 'government', alignmentSlug: 'pro-government' },
    select: { id: true, name: true },
  });
  const made = async (name: string) => {
    const res = await createConflict(tok(editor), { name, description: 'A theatre of war.' });
    expect(res.status).toBe(201);
    return conflictApi.create.ok.schema!.parse(await res.json());
  };
  syria = await made(uniq('Syrian civil war'));
  ukraine = await made(uniq('Russia–Ukraine war'));
  syrianEvent = await newEvent(syria.id);
  ukrainianEvent = await newEvent(ukraine.id);
  syrianClaim = await newClaim(syrianEvent.id, 'Russian aircraft struck militant positions in Idlib.');
  ukrainianClaim = await newClaim(ukrainianEvent.id, 'Russian forces struck a fuel depot near Kharkiv.');
  const set = await putAlignment(tok(editor), ministry.id, ukraine.id, { alignmentSlug: belligerent, reason: 'A belligerent in this war, not a supporter of a government.' });
  expect(set.status).toBe(200);
});

describe('a source under its alignment in each event’s conflict', () => {
  it('event columns and asserting sources', async () => {
    const [syrian, ukrainian] = [await getEvent(syrianEvent.id), await getEvent(ukrainianEvent.id)];
    expect(columnsOf(syrian, syrianClaim)).toEqual(['pro-government']);
    expect(columnsOf(ukrainian, ukrainianClaim)).toEqual([belligerent]);
    const card = ukrainian.columns.flatMap((c: Json) => c.claims).find((c: Json) => c.id === ukrainianClaim);
    expect(card.assertingSources).toEqual([expect.objectContaining({ id: ministry.id, alignment: expect.objectContaining({ slug: belligerent }) })]);
    expect(ukrainian.conflict).toEqual({ id: ukraine.id, name: ukraine.name });
    expect(eventApi.get.ok.schema!.safeParse(ukrainian).success).toBe(true);
  });

  it('the claims alignment filter and the claim list’s asserting sources', async () => {
    expect(await assertingAlignments(syrianClaim)).toEqual(['pro-government']);
    expect(await assertingAlignments(ukrainianClaim)).toEqual([belligerent]);
    const asBelligerent = await listClaimIds(`alignment=${belligerent}&limit=100`);
    expect(asBelligerent).toContain(ukrainianClaim);
    expect(asBelligerent).not.toContain(syrianClaim);
    const asProGovernment = await listClaimIds('alignment=pro-government&limit=100');
    expect(asProGovernment).toContain(syrianClaim);
    expect(asProGovernment).not.toContain(ukrainianClaim);
    const page: Json = await (await listClaimsRoute(apiRequest(anon, 'GET', `/api/v1/claims?alignment=${belligerent}&limit=100`))).json();
    const item = page.items.find((c: Json) => c.id === ukrainianClaim);
    expect(item.assertingSources[0].alignment.slug).toBe(belligerent);
  });

  it('the claim page’s attribution badges and compare', async () => {
    const claim: Json = await (await getClaimRoute(apiRequest(anon, 'GET', `/api/v1/claims/${ukrainianClaim}`), p(ukrainianClaim))).json();
    expect(claim.attributions[0].source.alignment.slug).toBe(belligerent);
    expect(claim.event).toEqual(expect.not.objectContaining({ conflictId: expect.anything() }));
    const res = await compareRoute(apiRequest(anon, 'GET', `/api/v1/compare?ids=${syrianClaim},${ukrainianClaim}`));
    expect(res.status).toBe(200);
    const compared: Json = await res.json();
    const slugsOf = (id: number) => compared.claims.find((c: Json) => c.id === id).alignments.map((a: Json) => a.slug);
    expect(slugsOf(syrianClaim)).toEqual(['pro-government']);
    expect(slugsOf(ukrainianClaim)).toEqual([belligerent]);
  });

  it('the graph', async () => {
    const graph: Json = await (await graphRoute(apiRequest(anon, 'GET', `/api/v1/events/${ukrainianEvent.id}/graph`), p(ukrainianEvent.id))).json();
    expect(graph.nodes.find((n: Json) => n.id === ukrainianClaim).alignment.slug).toBe(belligerent);
    expect(graph.alignments.map((a: Json) => a.slug)).toContain(belligerent);
    const syrian: Json = await (await graphRoute(apiRequest(anon, 'GET', `/api/v1/events/${syrianEvent.id}/graph`), p(syrianEvent.id))).json();
    expect(syrian.nodes.find((n: Json) => n.id === syrianClaim).alignment.slug).toBe('pro-government');
  });

  it('the export carries the conflicts, each event’s conflict and the per-conflict alignment', async () => {
    const archive = await exportArchive({ id: editor.id, role: 'editor', email: editor.email, name: editor.name }, { eventId: ukrainianEvent.id });
    const conflicts = archive.records.filter((r) => r.type === 'conflict');
    const ukraineRecord = await db.conflict.findUniqueOrThrow({ where: { id: ukraine.id }, select: { externalId: true } });
    expect(conflicts).toEqual([expect.objectContaining({ id: ukraineRecord.externalId, name: ukraine.name })]);
    expect(archive.records.find((r) => r.type === 'event')).toMatchObject({ conflict: ukraineRecord.externalId });
    const sourceExt = (await db.source.findUniqueOrThrow({ where: { id: ministry.id }, select: { externalId: true } })).externalId;
    expect(archive.records.filter((r) => r.type === 'source_conflict_alignment')).toEqual([
      expect.objectContaining({ source: sourceExt, conflict: ukraineRecord.externalId, alignment: belligerent }),
    ]);
    expect(archive.records.filter((r) => r.type === 'alignment_change' && r.conflict === ukraineRecord.externalId)).toHaveLength(1);
  });

  it('the bulk claim import writes the asserting alignment of the event’s conflict', async () => {
    const id = uniq('bulk');
    // By external id: this test's source was written straight to the table, without lookup names.
    const { externalId } = await db.source.findUniqueOrThrow({ where: { id: ministry.id }, select: { externalId: true } });
    const summary = await importClaimRows({ id: admin.id, role: 'admin', email: admin.email, name: admin.name }, {
      input: Readable.from([JSON.stringify({
        id, text: 'Imported: a strike near Kharkiv.', event: { title: ukrainianEvent.title },
        attributions: [{ source: { id: externalId, name: ministry.name, kind: 'government', alignment: 'pro-government' }, role: 'asserts' }],
      })]),
      format: 'jsonl', label: 'conflict.jsonl',
    });
    expect(summary).toMatchObject({ errorCount: 0, sourcesCreated: 0, eventsCreated: 0 });
    const claim = await db.claim.findFirstOrThrow({ where: { externalId: id }, select: { id: true, eventId: true, assertingAlignments: true } });
    expect(claim.eventId).toBe(ukrainianEvent.id);
    expect(claim.assertingAlignments).toEqual([belligerent]);
  });

  it('moving an event to another conflict moves its claims’ alignment with it', async () => {
    const event = await newEvent(syria.id);
    const claim = await newClaim(event.id, 'Russian forces shelled a village.');
    expect(await assertingAlignments(claim)).toEqual(['pro-government']);
    const res = await patchEventRoute(apiRequest(tok(reviewer), 'PATCH', `/api/v1/events/${event.id}`, { conflictId: ukraine.id, version: 1 }), p(event.id));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ conflictId: ukraine.id, version: 2 });
    expect(await assertingAlignments(claim)).toEqual([belligerent]);
    expect(columnsOf(await getEvent(event.id), claim)).toEqual([belligerent]);
    // The event's history names the conflicts it moved between.
    const history: Json = await (await eventHistoryRoute(apiRequest(anon, 'GET', `/api/v1/events/${event.id}/history`), p(event.id))).json();
    expect(history.items[0].changes).toContainEqual({ field: 'Conflict', before: syria.name, after: ukraine.name });
  });
});

describe('alignment history per conflict', () => {
  it('keeps each change with its reason; removing goes back to the default', async () => {
    const source = await db.source.create({ data: { name: uniq('Wagner Group'), kind: 'armed_group', alignmentSlug: 'pro-government' }, select: { id: true } });
    const event = await newEvent(ukraine.id);
    const claim = await newClaimFor(source.id, event.id);
    const set = await putAlignment(tok(editor), source.id, ukraine.id, { alignmentSlug: belligerent, reason: 'Fights in this war on its own account.' });
    expect(conflictApi.setSourceAlignment.ok.schema!.parse(await set.json())).toMatchObject({ version: 1, alignment: { slug: belligerent } });
    // The same alignment again changes nothing (PUT is idempotent).
    expect((await putAlignment(tok(editor), source.id, ukraine.id, { alignmentSlug: belligerent, reason: 'Fights in this war on its own account.' })).status).toBe(200);
    const stale = await putAlignment(tok(editor), source.id, ukraine.id, { alignmentSlug: 'unknown', reason: 'Not clear who it fights for.', version: 7 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as Json).current).toMatchObject({ version: 1, alignment: { slug: belligerent } });
    expect(await assertingAlignments(claim)).toEqual([belligerent]);

    const removed = await deleteAlignment(tok(editor), source.id, ukraine.id, { reason: 'Its default alignment describes it here too.', version: 1 });
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ alignment: { slug: 'pro-government' }, conflict: { id: ukraine.id } });
    expect(await assertingAlignments(claim)).toEqual(['pro-government']);
    expect((await deleteAlignment(tok(editor), source.id, ukraine.id, { reason: 'Nothing left to remove here.' })).status).toBe(404);

    const rows = await db.sourceAlignmentChange.findMany({
      where: { sourceId: source.id }, select: { conflictId: true, fromSlug: true, toSlug: true, reason: true, authorId: true }, orderBy: { id: 'asc' },
    });
    expect(rows).toEqual([
      { conflictId: ukraine.id, fromSlug: 'pro-government', toSlug: belligerent, reason: 'Fights in this war on its own account.', authorId: editor.id },
      { conflictId: ukraine.id, fromSlug: belligerent, toSlug: 'pro-government', reason: 'Its default alignment describes it here too.', authorId: editor.id },
    ]);
    const listed: Json = await (await listSourceAlignments(apiRequest(anon, 'GET', `/api/v1/sources/${source.id}/conflict-alignments`), p(source.id))).json();
    expect(conflictApi.sourceAlignments.ok.schema!.safeParse(listed).success).toBe(true);
    expect(listed.items).toEqual([expect.objectContaining({ conflict: { id: ukraine.id, name: ukraine.name }, current: null })]);
    expect(listed.items[0].history.map((h: Json) => h.to.slug)).toEqual(['pro-government', belligerent]);
    // The default alignment's history on the source stays its own.
    const detail: Json = await (await getSourceRoute(apiRequest(anon, 'GET', `/api/v1/sources/${source.id}`), p(source.id))).json();
    expect(detail.alignmentHistory).toEqual([]);
    expect(await db.auditEntry.count({ where: { entityType: 'source', entityId: String(source.id), action: { startsWith: 'source.conflict_alignment.' } } })).toBe(2);
  });
});

async function newClaimFor(sourceId: number, eventId: number) {
  const res = await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', {
    text: 'Mercenaries took part in the assault.', eventId, attributions: [{ sourceId, role: 'asserts' }],
  }));
  expect(res.status).toBe(201);
  return ((await res.json()) as Json).id as number;
}

describe('conflicts', () => {
  it('are created and edited at the version read (409 stale, 409 taken name)', async () => {
    const name = uniq('Second Nagorno-Karabakh war');
    const res = await createConflict(tok(editor), { name });
    expect(res.status).toBe(201);
    const made = conflictApi.create.ok.schema!.parse(await res.json());
    expect((await createConflict(tok(editor), { name: name.toUpperCase() })).status).toBe(409);

    const edited = await patchConflict(tok(editor), made.id, { description: 'Autumn 2020.', version: 1 });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ version: 2, description: 'Autumn 2020.' });
    const stale = await patchConflict(tok(editor), made.id, { name: uniq('Renamed'), version: 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as Json).current).toMatchObject({ version: 2, name });
    expect((await patchConflict(tok(editor), made.id, { name: syria.name, version: 2 })).status).toBe(409);
    expect((await db.conflict.findUniqueOrThrow({ where: { id: made.id }, select: { name: true, version: true } }))).toEqual({ name, version: 2 });

    const list: Json = await (await listConflictsRoute(apiRequest(anon, 'GET', '/api/v1/conflicts'))).json();
    expect(conflictApi.list.ok.schema!.safeParse(list).success).toBe(true);
    expect(list.items.find((c: Json) => c.id === syria.id)).toMatchObject({ name: syria.name, eventCount: 1 });
    const detail: Json = await (await getConflictRoute(apiRequest(anon, 'GET', `/api/v1/conflicts/${ukraine.id}`), p(ukraine.id))).json();
    expect(conflictApi.get.ok.schema!.safeParse(detail).success).toBe(true);
    expect(detail.events.map((e: Json) => e.id)).toContain(ukrainianEvent.id);
    expect(detail.sourceAlignments).toEqual([expect.objectContaining({ source: { id: ministry.id, name: ministry.name }, alignment: expect.objectContaining({ slug: belligerent }) })]);
    expect((await getConflictRoute(apiRequest(anon, 'GET', '/api/v1/conflicts/999999'), p(999999))).status).toBe(404);
  });

  it('the founding example’s events belong to the Syrian civil war', async () => {
    const kansafrah = await db.event.findUniqueOrThrow({
      where: { externalId: 'demo:event:kansafrah-clashes' }, select: { conflict: { select: { name: true } } },
    });
    expect(kansafrah.conflict?.name).toBe('Syrian civil war');
    expect(await db.event.count({ where: { externalId: { startsWith: 'demo:event:' }, conflictId: null } })).toBe(0);
  });
});

describe('an unknown conflict', () => {
  it('is a 4xx naming the field, and changes nothing', async () => {
    const before = await Promise.all([db.event.count(), db.sourceConflictAlignment.count(), db.sourceAlignmentChange.count(), db.claim.count()]);
    const created = await postEvent(apiRequest(tok(reviewer), 'POST', '/api/v1/events', { title: uniq('Nowhere'), conflictId: 999999 }));
    expect(created.status).toBe(400);
    expect(((await created.json()) as Json).error.fields).toHaveProperty('conflictId');

    const edited = await patchEventRoute(apiRequest(tok(reviewer), 'PATCH', `/api/v1/events/${syrianEvent.id}`, { conflictId: 999999, version: 1 }), p(syrianEvent.id));
    expect(edited.status).toBe(400);
    expect(((await edited.json()) as Json).error.fields).toHaveProperty('conflictId');

    const withNewEvent = await postClaim(apiRequest(tok(reviewer), 'POST', '/api/v1/claims', {
      text: 'A claim about an event in no known conflict.', newEvent: { title: uniq('Nowhere'), conflictId: 999999 },
      attributions: [{ sourceId: ministry.id, role: 'asserts' }],
    }));
    expect(withNewEvent.status).toBe(400);
    expect(((await withNewEvent.json()) as Json).error.fields).toHaveProperty(['newEvent.conflictId']);

    const put = await putAlignment(tok(editor), ministry.id, 999999, { alignmentSlug: belligerent, reason: 'Belligerent in a war that does not exist.' });
    expect(put.status).toBe(404);
    expect(((await put.json()) as Json).error.fields).toHaveProperty('conflictId');
    const badSlug = await putAlignment(tok(editor), ministry.id, syria.id, { alignmentSlug: 'no-such-alignment', reason: 'An alignment nobody defined.' });
    expect(badSlug.status).toBe(400);
    expect(((await badSlug.json()) as Json).error.fields).toHaveProperty('alignmentSlug');

    const after = await Promise.all([db.event.count(), db.sourceConflictAlignment.count(), db.sourceAlignmentChange.count(), db.claim.count()]);
    expect(after).toEqual(before);
    expect((await db.event.findUniqueOrThrow({ where: { id: syrianEvent.id }, select: { conflictId: true, version: true } }))).toEqual({ conflictId: syria.id, version: 1 });
  });
});

describe('roles', () => {
  it('creating and editing conflicts and setting an alignment in one need an editor (as a default alignment change does)', async () => {
    const before = await Promise.all([db.conflict.count(), db.sourceConflictAlignment.count(), db.sourceAlignmentChange.count()]);
    expect((await createConflict(anon, { name: uniq('War') })).status).toBe(401);
    expect((await createConflict(tok(reviewer), { name: uniq('War') })).status).toBe(403);
    expect((await patchConflict(tok(reviewer), syria.id, { description: 'x', version: syria.version })).status).toBe(403);
    expect((await putAlignment(tok(reviewer), ministry.id, syria.id, { alignmentSlug: belligerent, reason: 'A reviewer may not do this.' })).status).toBe(403);
    expect((await putAlignment(anon, ministry.id, syria.id, { alignmentSlug: belligerent, reason: 'Nor may anyone anonymous.' })).status).toBe(401);
    expect((await deleteAlignment(tok(reviewer), ministry.id, ukraine.id, { reason: 'A reviewer may not do this.' })).status).toBe(403);
    const after = await Promise.all([db.conflict.count(), db.sourceConflictAlignment.count(), db.sourceAlignmentChange.count()]);
    expect(after).toEqual(before);
  });
});
