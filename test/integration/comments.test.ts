// Discussion on claims and events: signed-in users comment, with links and @mentions; comments
// are never public (401 to anonymous readers even when reading is public); the author may edit
// within 15 minutes and the earlier text is kept; only editors hide, and a hidden comment stays;
// a mention lands in the mentioned person's list; bad input is a 4xx naming the field and
// changes nothing; every write is audited.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as listOnClaim, POST as postOnClaim } from '@/app/api/v1/claims/[id]/comments/route';
import { GET as listOnEvent, POST as postOnEvent } from '@/app/api/v1/events/[id]/comments/route';
import { PATCH as patchComment } from '@/app/api/v1/comments/[id]/route';
import { POST as hideRoute } from '@/app/api/v1/comments/[id]/hide/route';
import { GET as getClaimRoute } from '@/app/api/v1/claims/[id]/route';
import { GET as listClaimsRoute } from '@/app/api/v1/claims/route';
import { exportArchive } from '@/lib/exchange/export-archive.server';
import { listMentionsOfViewer } from '@/lib/comments/comment-queries.server';
import { mentionedHandles, segmentCommentText } from '@/lib/comments/comment-text';
import { MentionListQuerySchema } from '@/lib/comments/comment-schemas';
import { apiRequest, createActor, params, uniq, type Caller, type TestActor } from '../helpers/auth-fixtures';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let reviewer: TestActor;
let editor: TestActor;
let claimId: number;
let eventId: number;
const tok = (actor: TestActor): Caller => ({ kind: 'token', actor });
const anon: Caller = { kind: 'anonymous' };
const p = (id: number | string) => params({ id: String(id) });
const handle = (a: TestActor) => a.email.split('@')[0];

const post = (caller: Caller, id: number, body: unknown) => postOnClaim(apiRequest(caller, 'POST', `/api/v1/claims/${id}/comments`, body), p(id));
const list = (caller: Caller, id: number, query = '') => listOnClaim(apiRequest(caller, 'GET', `/api/v1/claims/${id}/comments${query}`), p(id));
const patch = (caller: Caller, id: number, body: unknown) => patchComment(apiRequest(caller, 'PATCH', `/api/v1/comments/${id}`, body), p(id));
const hide = (caller: Caller, id: number, body: unknown) => hideRoute(apiRequest(caller, 'POST', `/api/v1/comments/${id}/hide`, body), p(id));
const audits = (id: number) => db.auditEntry.findMany({ where: { entityType: 'comment', entityId: String(id) }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  [reviewer, editor] = await Promise.all([createActor('reviewer'), createActor('editor')]);
  const event = await db.event.create({ data: { title: uniq('Clashes near Kansafrah') }, select: { id: true } });
  eventId = event.id;
  claimId = (await db.claim.create({ data: { text: uniq('The Syrian Army shelled Kansafrah'), eventId }, select: { id: true } })).id;
});

afterEach(() => {
  delete process.env.CROSSCHECK_PUBLIC_READ;
});

describe('posting and reading a thread', () => {
  it('creates a comment on a claim, lists it oldest first with a count, and audits it', async () => {
    const res = await post(tok(reviewer), claimId, { body: '  First look: https://reliefweb.int/country/syr says otherwise.  ' });
    expect(res.status).toBe(201);
    const created: Json = await res.json();
    expect(created).toMatchObject({ claimId, eventId: null, author: { id: reviewer.id, name: reviewer.name }, body: 'First look: https://reliefweb.int/country/syr says otherwise.', version: 1, editedAt: null, hidden: null });
    await post(tok(editor), claimId, { body: 'Second.' });

    const page: Json = await (await list(tok(reviewer), claimId, '?limit=1')).json();
    expect(page.count).toBeGreaterThanOrEqual(2);
    expect(page.items.map((c: Json) => c.id)).toEqual([created.id]);
    const nextRes = await list(tok(reviewer), claimId, `?limit=1&cursor=${page.nextCursor}`);
    const next: Json = await nextRes.json();
    expect(nextRes.status, JSON.stringify(next)).toBe(200);
    expect(next.items[0].body).toBe('Second.');

    const [entry] = await audits(created.id);
    expect(entry).toMatchObject({ action: 'comment.create', actorId: reviewer.id });
    expect((entry.after as Json).body).toBe(created.body);
  });

  it('comments on an event too', async () => {
    const res = await postOnEvent(apiRequest(tok(editor), 'POST', `/api/v1/events/${eventId}/comments`, { body: 'Event-level note.' }), p(eventId));
    expect(res.status).toBe(201);
    const thread: Json = await (await listOnEvent(apiRequest(tok(reviewer), 'GET', `/api/v1/events/${eventId}/comments`), p(eventId))).json();
    expect(thread.items.map((c: Json) => c.body)).toContain('Event-level note.');
    expect(thread.items.every((c: Json) => c.eventId === eventId && c.claimId === null)).toBe(true);
  });

  it('answers 404 for a claim that does not exist', async () => {
    expect((await post(tok(reviewer), 2_000_000_000, { body: 'Hello' })).status).toBe(404);
    expect((await list(tok(reviewer), 2_000_000_000)).status).toBe(404);
  });
});

describe('comments are never public', () => {
  it('answers 401 to anonymous readers even when reading is public, and never shows in the claim answer, search or exports', async () => {
    process.env.CROSSCHECK_PUBLIC_READ = 'true';
    const body = uniq('secret-team-note');
    expect((await post(tok(reviewer), claimId, { body })).status).toBe(201);
    expect((await list(anon, claimId)).status).toBe(401);
    expect((await listOnEvent(apiRequest(anon, 'GET', `/api/v1/events/${eventId}/comments`), p(eventId))).status).toBe(401);
    expect((await post(anon, claimId, { body: 'drive-by' })).status).toBe(401);
    const claim = await getClaimRoute(apiRequest(anon, 'GET', `/api/v1/claims/${claimId}`), p(claimId));
    expect(claim.status).toBe(200);
    expect(await claim.text()).not.toContain(body);
    // Nor in search or the exchange export, even for an editor.
    const found = await listClaimsRoute(apiRequest(tok(editor), 'GET', `/api/v1/claims?q=${body}`));
    expect(((await found.json()) as Json).items).toEqual([]);
    const archive = await exportArchive({ id: editor.id, role: 'editor', email: editor.email, name: editor.name }, { eventId });
    expect(JSON.stringify(archive)).not.toContain(body);
  });
});

describe('editing', () => {
  it('lets the author edit within the window, keeps the earlier text and marks it edited', async () => {
    const c: Json = await (await post(tok(reviewer), claimId, { body: 'Draft wording.' })).json();
    const res = await patch(tok(reviewer), c.id, { body: 'Better wording.', version: 1 });
    expect(res.status).toBe(200);
    const edited: Json = await res.json();
    expect(edited).toMatchObject({ body: 'Better wording.', version: 2 });
    expect(edited.editedAt).not.toBeNull();
    const revisions = await db.commentRevision.findMany({ where: { commentId: c.id } });
    expect(revisions).toEqual([expect.objectContaining({ version: 1, body: 'Draft wording.' })]);
    const entry = (await audits(c.id)).at(-1)!;
    expect(entry).toMatchObject({ action: 'comment.edit' });
    expect([(entry.before as Json).body, (entry.after as Json).body]).toEqual(['Draft wording.', 'Better wording.']);

    const stale = await patch(tok(reviewer), c.id, { body: 'Other wording.', version: 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as Json).current.body).toBe('Better wording.');
  });

  it('refuses anyone but the author, even an editor, and changes nothing', async () => {
    const c: Json = await (await post(tok(reviewer), claimId, { body: 'Mine.' })).json();
    const res = await patch(tok(editor), c.id, { body: 'Not yours.', version: 1 });
    expect(res.status).toBe(403);
    expect(((await res.json()) as Json).error.message).toMatch(/author/);
    expect(await db.comment.findUniqueOrThrow({ where: { id: c.id }, select: { body: true, version: true } })).toEqual({ body: 'Mine.', version: 1 });
  });

  it('refuses an edit 15 minutes after posting, saying why', async () => {
    const c: Json = await (await post(tok(reviewer), claimId, { body: 'Old.' })).json();
    await db.comment.update({ where: { id: c.id }, data: { createdAt: new Date(Date.now() - 15 * 60_000 - 1000) } });
    const res = await patch(tok(reviewer), c.id, { body: 'Too late.', version: 1 });
    expect(res.status).toBe(403);
    const err: Json = await res.json();
    expect(err.error.code).toBe('edit_window_closed');
    expect(err.error.message).toMatch(/15 minutes/);
    expect((await db.comment.findUniqueOrThrow({ where: { id: c.id } })).body).toBe('Old.');
  });
});

describe('hiding', () => {
  it('lets only editors hide; the comment stays, its text for editors only', async () => {
    const c: Json = await (await post(tok(reviewer), claimId, { body: 'Names a witness.' })).json();
    expect((await hide(tok(reviewer), c.id, { reason: 'Personal details.' })).status).toBe(403);
    expect((await db.comment.findUniqueOrThrow({ where: { id: c.id } })).hiddenAt).toBeNull();

    const res = await hide(tok(editor), c.id, { reason: 'Personal details.' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).hidden).toMatchObject({ reason: 'Personal details.', by: { id: editor.id } });
    expect((await hide(tok(editor), c.id, { reason: 'Again.' })).status).toBe(409);

    const asReviewer: Json = await (await list(tok(reviewer), claimId, '?limit=100')).json();
    const seenByReviewer = asReviewer.items.find((x: Json) => x.id === c.id);
    expect(seenByReviewer.body).toBeNull();
    expect(seenByReviewer.hidden.reason).toBe('Personal details.');
    const asEditor: Json = await (await list(tok(editor), claimId, '?limit=100')).json();
    expect(asEditor.items.find((x: Json) => x.id === c.id).body).toBe('Names a witness.');
    expect((await audits(c.id)).at(-1)).toMatchObject({ action: 'comment.hide', actorId: editor.id });

    expect((await patch(tok(reviewer), c.id, { body: 'Edited away.', version: 1 })).status).toBe(409);
  });
});

describe('mentions', () => {
  it('stores the users a comment names and lists it among their mentions, newest first with a count', async () => {
    const mentioned = await createActor('editor');
    const before = await listMentionsOfViewer({ ...mentioned }, {});
    expect(before.count).toBe(0);

    const c: Json = await (await post(tok(reviewer), claimId, { body: `@${handle(mentioned)}, please check. Not @nobody-${uniq()} nor mail@${handle(mentioned)}.` })).json();
    expect(c.mentions).toEqual([{ userId: mentioned.id, name: mentioned.name, handle: handle(mentioned) }]);
    expect(await db.commentMention.findMany({ where: { commentId: c.id }, select: { userId: true } })).toEqual([{ userId: mentioned.id }]);

    const second: Json = await (await postOnEvent(apiRequest(tok(reviewer), 'POST', `/api/v1/events/${eventId}/comments`, { body: `And here @${handle(mentioned).toUpperCase()}.` }), p(eventId))).json();
    const page1 = await listMentionsOfViewer({ ...mentioned }, { limit: 1 });
    expect(page1.count).toBe(2);
    expect(page1.items.map((m) => [m.commentId, m.on.kind])).toEqual([[second.id, 'event']]);
    const page2 = await listMentionsOfViewer({ ...mentioned }, MentionListQuerySchema.parse({ limit: 1, cursor: page1.nextCursor }));
    expect(page2.items.map((m) => [m.commentId, m.on.kind, m.on.id])).toEqual([[c.id, 'claim', claimId]]);
    expect(page2.nextCursor).toBeNull();
  });

  it('matches a name written without its spaces, and follows an edit', async () => {
    const person = await createActor('reviewer');
    const named = uniq('Lina Haddad').replace('-', ' ');
    await db.user.update({ where: { id: person.id }, data: { name: named } });
    const c: Json = await (await post(tok(editor), claimId, { body: `cc @${named.replace(/\s/g, '')}` })).json();
    expect(c.mentions.map((m: Json) => m.userId)).toEqual([person.id]);
    await patch(tok(editor), c.id, { body: 'cc nobody', version: 1 });
    expect(await db.commentMention.count({ where: { commentId: c.id } })).toBe(0);
  });

  it('drops a hidden comment from the mentioned person\'s list', async () => {
    const mentioned = await createActor('reviewer');
    const c: Json = await (await post(tok(editor), claimId, { body: `@${handle(mentioned)} look` })).json();
    expect((await listMentionsOfViewer({ ...mentioned })).count).toBe(1);
    await hide(tok(editor), c.id, { reason: 'Off topic.' });
    expect((await listMentionsOfViewer({ ...mentioned })).count).toBe(0);
  });

  it('needs a signed-in viewer', async () => {
    await expect(listMentionsOfViewer(null)).rejects.toMatchObject({ status: 401 });
  });
});

describe('bad input', () => {
  it.each([
    ['an empty body', { body: '   ' }, 'body'],
    ['a body over 5,000 characters', { body: 'x'.repeat(5001) }, 'body'],
    ['an unknown field', { body: 'ok', claimId: 1 }, ''],
  ])('refuses %s, naming the field, changing nothing', async (_, input, field) => {
    const count = await db.comment.count();
    const res = await post(tok(reviewer), claimId, input);
    expect(res.status).toBe(400);
    const err: Json = await res.json();
    if (field) expect(Object.keys(err.error.fields)).toEqual([field]);
    expect(await db.comment.count()).toBe(count);
  });

  it('refuses an edit without a version and a hide without a reason', async () => {
    const c: Json = await (await post(tok(reviewer), claimId, { body: 'x' })).json();
    const noVersion: Json = await (await patch(tok(reviewer), c.id, { body: 'y' })).json();
    expect(Object.keys(noVersion.error.fields)).toEqual(['version']);
    const noReason: Json = await (await hide(tok(editor), c.id, {})).json();
    expect(Object.keys(noReason.error.fields)).toEqual(['reason']);
    expect((await list(tok(reviewer), claimId, '?cursor=forged!')).status).toBe(400);
  });
});

describe('comment text', () => {
  it('cuts links and mentions out of plain text', () => {
    expect(segmentCommentText('See https://example.org/a?b=1). @editor. a@b.org')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { kind: 'text', text: '). ' },
      { kind: 'mention', text: '@editor', handle: 'editor' },
      { kind: 'text', text: '. a@b.org' },
    ]);
    expect(segmentCommentText('javascript:alert(1) <b>x</b>')).toEqual([{ kind: 'text', text: 'javascript:alert(1) <b>x</b>' }]);
    expect(mentionedHandles('@A @a @b_')).toEqual(['a', 'b']);
  });
});
