// Personal API tokens work with the owner's role and stop at once when revoked; a demotion or
// a disabled account takes effect on the very next request; invitations use one-time links.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { hashToken } from '@/lib/auth/api-token-hash';
import { createApiToken, revokeApiToken } from '@/lib/tokens/token-commands.server';
import { changeUserRole, inviteUser, setPasswordFromLink, setUserStatus } from '@/lib/users/user-commands.server';
import { signInWithPassword } from '@/lib/auth/sign-in.server';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { setPasswordHandler } from '@/app/set-password/action-handlers';
import * as tokensRoute from '@/app/api/v1/tokens/route';
import { PUT } from '@/app/api/v1/sources/[id]/rating/route';
import { apiRequest, createActor, createTestSource, formData, headersFor, params, sessionCookie, TEST_ORIGIN, uniq } from '../helpers/auth-fixtures';

const RATIONALE = 'Reliable on casualty figures, weak on attribution.';
const asViewer = (a: { id: number; email: string; name: string; role: 'reviewer' | 'editor' | 'admin' }) =>
  ({ id: a.id, email: a.email, name: a.name, role: a.role });
const bearer = (raw: string, method = 'GET', path = '/api/v1/tokens', body?: unknown) =>
  new Request(`${TEST_ORIGIN}${path}`, { method, headers: { authorization: `Bearer ${raw}` }, body: body ? JSON.stringify(body) : undefined });

describe('personal API tokens', () => {
  it('are shown once, stored as a hash, work with the owner role and stop when revoked', async () => {
    const owner = await createActor('reviewer');
    const source = await createTestSource();
    const { token, raw } = await createApiToken(asViewer(owner), { name: 'import script' });
    expect(raw).toMatch(/^cc_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).toBe(hashToken(raw));
    expect(JSON.stringify(stored)).not.toContain(raw.slice(3));

    const list = await tokensRoute.GET(bearer(raw));
    expect(list.status).toBe(200);
    expect((await list.json()).items.map((t: { name: string }) => t.name)).toContain('import script');
    const rated = await PUT(bearer(raw, 'PUT', `/api/v1/sources/${source.id}/rating`, { reliability: 'B', rationale: RATIONALE, version: 0 }), params({ id: String(source.id) }));
    expect(rated.status).toBe(200);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();

    await revokeApiToken(asViewer(owner), token.id);
    expect((await tokensRoute.GET(bearer(raw))).status).toBe(401);
    const after = await PUT(bearer(raw, 'PUT', `/api/v1/sources/${source.id}/rating`, { reliability: 'A', rationale: RATIONALE, version: 1 }), params({ id: String(source.id) }));
    expect(after.status).toBe(401);
    expect(await db.ratingRevision.count({ where: { sourceId: source.id } })).toBe(1);
  });

  it('a garbage or expired token is 401, never anonymous', async () => {
    const owner = await createActor('reviewer');
    const { token, raw } = await createApiToken(asViewer(owner), { name: 'short-lived', expiresInDays: 1 });
    await db.apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await tokensRoute.GET(bearer(raw))).status).toBe(401);
    expect((await tokensRoute.GET(bearer('cc_not-a-real-token'))).status).toBe(401);
  });

  it('only a signed-in session creates tokens: a token cannot make another', async () => {
    const owner = await createActor('reviewer');
    const before = await db.apiToken.count({ where: { userId: owner.id } });
    const viaToken = await tokensRoute.POST(apiRequest({ kind: 'token', actor: owner }, 'POST', '/api/v1/tokens', { name: 'child' }));
    expect(viaToken.status).toBe(403);
    expect(await viaToken.json()).toMatchObject({ error: { code: 'token_cannot_create_tokens' } });
    expect(await db.apiToken.count({ where: { userId: owner.id } })).toBe(before);

    const viaCookie = await tokensRoute.POST(apiRequest({ kind: 'cookie', actor: owner }, 'POST', '/api/v1/tokens', { name: 'from the browser' }));
    expect(viaCookie.status).toBe(201);
    expect(await db.apiToken.count({ where: { userId: owner.id } })).toBe(before + 1);
  });

  it('owners cannot revoke someone else’s token', async () => {
    const a = await createActor('reviewer');
    const b = await createActor('admin');
    const { token } = await createApiToken(asViewer(a), { name: 'mine' });
    await expect(revokeApiToken(asViewer(b), token.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe('role and status are re-read on every request', () => {
  it('a demotion and a disable take effect at once, for tokens and cookies', async () => {
    const admin = await createActor('admin');
    const editor = await createActor('editor');
    const cookieReq = (actor = editor) => new Request(`${TEST_ORIGIN}/api/v1/tokens`, { headers: headersFor({ kind: 'cookie', actor }) });
    expect(await getViewerFromRequest(cookieReq())).toMatchObject({ role: 'editor' });

    await changeUserRole(asViewer(admin), editor.id, 'reviewer');
    // A role change ends the sessions (the user signs in again under the new role); a token
    // keeps working with the new role.
    expect(await getViewerFromRequest(cookieReq())).toBeNull();
    expect(await getViewerFromRequest(apiRequest({ kind: 'token', actor: editor }, 'GET', '/api/v1/tokens'))).toMatchObject({ role: 'reviewer' });

    const signedInAgain = { ...editor, cookie: await sessionCookie(editor.id, 1) };
    expect(await getViewerFromRequest(cookieReq(signedInAgain))).toMatchObject({ role: 'reviewer' });

    await setUserStatus(asViewer(admin), editor.id, 'disabled');
    expect(await getViewerFromRequest(cookieReq(signedInAgain))).toBeNull();
    expect((await tokensRoute.GET(apiRequest({ kind: 'token', actor: editor }, 'GET', '/api/v1/tokens'))).status).toBe(401);
  });

  it('admins cannot demote or disable themselves', async () => {
    const admin = await createActor('admin');
    await expect(changeUserRole(asViewer(admin), admin.id, 'reviewer')).rejects.toMatchObject({ status: 403 });
    await expect(setUserStatus(asViewer(admin), admin.id, 'disabled')).rejects.toMatchObject({ status: 403 });
  });
});

describe('invitations', () => {
  it('give the admin a one-time link; setting the password activates the account; the link works once', async () => {
    const admin = await createActor('admin');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const email = `${uniq('new')}@crosscheck.test`;
    const { user, link } = await inviteUser(asViewer(admin), { email, name: 'New Reviewer', role: 'reviewer' });
    const token = new URL(link).searchParams.get('token')!;
    // The server log says a link was issued, for whom, and never the link or its token.
    const logged = log.mock.calls.flat().join(' ');
    log.mockRestore();
    expect(logged).toContain(`user ${user.id}`);
    expect(logged).not.toContain(token);
    expect(logged).not.toContain('/set-password');
    expect(user.status).toBe('invited');
    const password = 'a long enough passphrase';

    expect(await signInWithPassword({ email, password }, uniq('ip'))).toBeNull();
    // Through the page's action handler: a bad link changes nothing.
    const bad = await setPasswordHandler(new Headers({ host: 'crosscheck.test', origin: TEST_ORIGIN }), formData({ token: 'x'.repeat(43), password, confirm: password }));
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBeNull();

    const ok = await setPasswordHandler(new Headers({ host: 'crosscheck.test', origin: TEST_ORIGIN }), formData({ token, password, confirm: password }));
    expect(ok).toMatchObject({ ok: true });
    expect(await signInWithPassword({ email, password }, uniq('ip'))).toMatchObject({ email });
    await expect(setPasswordFromLink({ token, password: 'another long passphrase', confirm: 'another long passphrase' })).rejects.toMatchObject({ status: 400 });
  });

  it('12 simultaneous uses of one link: exactly one sets the password', async () => {
    const admin = await createActor('admin');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { user, link } = await inviteUser(asViewer(admin), { email: `${uniq('race')}@crosscheck.test`, name: 'Racer', role: 'reviewer' });
    vi.restoreAllMocks();
    const token = new URL(link).searchParams.get('token')!;
    const passwords = Array.from({ length: 12 }, (_, i) => `racing passphrase number ${i} violet`);
    const results = await Promise.allSettled(passwords.map((p) => setPasswordFromLink({ token, password: p, confirm: p })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 400 });
    expect(await db.auditEntry.count({ where: { action: 'user.set_password', entityId: String(user.id) } })).toBe(1);
    const winner = passwords[results.findIndex((r) => r.status === 'fulfilled')];
    expect(await signInWithPassword({ email: user.email, password: winner }, uniq('ip'))).toMatchObject({ email: user.email });
  });

  it('refuse a common or easily guessed password, saying why, and leave the link usable', async () => {
    const admin = await createActor('admin');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { link } = await inviteUser(asViewer(admin), { email: `${uniq('weak')}@crosscheck.test`, name: 'Weak', role: 'reviewer' });
    vi.restoreAllMocks();
    const token = new URL(link).searchParams.get('token')!;
    const headers = new Headers({ host: 'crosscheck.test', origin: TEST_ORIGIN });
    const weak = await setPasswordHandler(headers, formData({ token, password: 'password1234', confirm: 'password1234' }));
    expect(weak).toMatchObject({ ok: false, status: 400 });
    expect((weak as unknown as { fields: { password: string[] } }).fields.password.join(' ')).toMatch(/too easy to guess.*commonly used password/);
    const strong = 'violet tapestry mountain lemon';
    expect(await setPasswordHandler(headers, formData({ token, password: strong, confirm: strong }))).toMatchObject({ ok: true });
  });
});
