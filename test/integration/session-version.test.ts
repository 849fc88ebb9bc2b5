// A session cookie carries the user's session version (`sv`). Signing out, setting or resetting
// the password, being disabled and a role change all bump it: every older cookie is then
// anonymous (pages) or 401 (API), at once, while other users' sessions keep working.
import { describe, expect, it, vi } from 'vitest';
import 'next/dist/server/node-environment-baseline';
import { NextRequest } from 'next/server';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store';
import { encode } from 'next-auth/jwt';
import { db } from '@/lib/db';
import { getAuthOptions } from '@/lib/next-auth/auth-options';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { GET as authGET, POST as authPOST } from '@/app/api/auth/[...nextauth]/route';
import { loadSessionViewer, sessionFromHeaders } from '@/lib/auth/load-viewer.server';
import { changeUserRole, reissuePasswordLink, setPasswordFromLink, setUserStatus } from '@/lib/users/user-commands.server';
import { createOrResetUserFromCli } from '@/lib/users/bootstrap-user';
import { changeRoleHandler } from '@/app/admin/users/action-handlers';
import * as tokensRoute from '@/app/api/v1/tokens/route';
import { createActor, formData, headersFor, sessionCookie, TEST_ORIGIN, type TestActor } from '../helpers/auth-fixtures';

const PASSPHRASE = 'violet tapestry mountain lemon';
const asViewer = (a: TestActor) => ({ id: a.id, email: a.email, name: a.name, role: a.role });
const cookieRequest = (actor: TestActor) => new Request(`${TEST_ORIGIN}/api/v1/tokens`, { headers: headersFor({ kind: 'cookie', actor }) });

/** Runs `fn` inside a Next request scope, so next/headers (cookies(), headers()) can read `request`. */
function inRequest<T>(request: NextRequest, fn: () => Promise<T>): Promise<T> {
  const workStore = { route: request.nextUrl.pathname, page: request.nextUrl.pathname, forceStatic: false, dynamicShouldError: false } as never;
  const requestStore = createRequestStoreForAPI(request as never, request.nextUrl as never, undefined as never, undefined as never, undefined as never, undefined as never);
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, fn));
}

/** All three ways a cookie is read: the API, server actions' reader, and pages (getServerSession). */
async function sessionWorks(actor: TestActor): Promise<boolean> {
  const api = await tokensRoute.GET(cookieRequest(actor));
  const viewer = await getViewerFromRequest(cookieRequest(actor));
  const page = new NextRequest(`${TEST_ORIGIN}/account`, { headers: { cookie: actor.cookie } });
  const pageViewer = await inRequest(page, () => getCurrentViewer());
  expect(api.status === 200, 'the API and the viewer agree').toBe(viewer !== null);
  expect(pageViewer, 'pages and the API agree').toEqual(viewer);
  return viewer !== null;
}

/** The sign-out page's button: next-auth's CSRF token, then POST /api/auth/signout with the cookie. */
async function signOutAs(actor: TestActor) {
  const ctx = (nextauth: string[]) => ({ params: Promise.resolve({ nextauth }) });
  const csrfRequest = new NextRequest(`${TEST_ORIGIN}/api/auth/csrf`, { headers: { cookie: actor.cookie } });
  const csrf: Response = await inRequest(csrfRequest, () => authGET(csrfRequest, ctx(['csrf'])));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = [actor.cookie, ...csrf.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
  const request = new NextRequest(`${TEST_ORIGIN}/api/auth/signout`, {
    method: 'POST',
    body: new URLSearchParams({ csrfToken, json: 'true', callbackUrl: '/' }),
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN },
  });
  const res: Response = await inRequest(request, () => authPOST(request, ctx(['signout'])));
  expect(res.status).toBe(200);
}

async function auditActions(userId: number) {
  return (await db.auditEntry.findMany({ where: { entityType: 'user', entityId: String(userId) }, orderBy: { id: 'asc' }, select: { action: true, after: true } }));
}

describe('session version', () => {
  it('a cookie from before the version existed (no sv) counts as version 0', async () => {
    const user = await createActor('reviewer');
    const legacy = { ...user, cookie: `next-auth.session-token=${await encode({ token: { sub: String(user.id) }, secret: process.env.NEXTAUTH_SECRET! })}` };
    expect(await sessionWorks(legacy)).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await sessionWorks(legacy)).toBe(false);
  });

  it('sign-out ends every session of the user, and only theirs', async () => {
    const user = await createActor('editor');
    const otherDevice = { ...user, cookie: await sessionCookie(user.id, 0) };
    const bystander = await createActor('editor');
    expect(await sessionWorks(user)).toBe(true);

    await signOutAs(user);
    expect(await sessionWorks(user)).toBe(false);
    expect(await sessionWorks(otherDevice)).toBe(false);
    expect(await sessionWorks(bystander)).toBe(true);
    // A server action with the old cookie is refused as anonymous.
    const action = await changeRoleHandler.handle(headersFor({ kind: 'cookie', actor: user }), formData({ userId: bystander.id, role: 'reviewer' }));
    expect(action).toMatchObject({ ok: false, status: 401 });

    const audit = await auditActions(user.id);
    expect(audit.at(-1)).toMatchObject({ action: 'user.sign_out_everywhere', after: { sessionVersion: 1 } });
    // Signing in again gives a working session; an old cookie cannot sign the user out again.
    const fresh = { ...user, cookie: await sessionCookie(user.id, 1) };
    await signOutAs(user);
    expect(await sessionWorks(fresh)).toBe(true);
    expect((await auditActions(user.id)).filter((a) => a.action === 'user.sign_out_everywhere')).toHaveLength(1);
  });

  it('setting the password from a link ends older sessions', async () => {
    const admin = await createActor('admin');
    const user = await createActor('reviewer', { password: 'an older passphrase here' });
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { link } = await reissuePasswordLink(asViewer(admin), user.id);
    vi.restoreAllMocks();
    const token = new URL(link).searchParams.get('token')!;
    expect(await sessionWorks(user)).toBe(true);

    await setPasswordFromLink({ token, password: PASSPHRASE, confirm: PASSPHRASE });
    expect(await sessionWorks(user)).toBe(false);
    expect(await sessionWorks(admin)).toBe(true);
    expect((await auditActions(user.id)).at(-1)).toMatchObject({ action: 'user.set_password', after: { sessionVersion: 1 } });
  });

  it('a password reset with the users CLI ends older sessions', async () => {
    const user = await createActor('editor', { password: 'an older passphrase here' });
    const bystander = await createActor('editor');
    expect(await sessionWorks(user)).toBe(true);
    await createOrResetUserFromCli({ email: user.email, role: 'editor', password: PASSPHRASE });
    expect(await sessionWorks(user)).toBe(false);
    expect(await sessionWorks(bystander)).toBe(true);
    expect((await auditActions(user.id)).at(-1)).toMatchObject({ action: 'user.reset_by_cli', after: { sessionVersion: 1 } });
  });

  it('disabling ends the sessions, and re-enabling does not bring them back', async () => {
    const admin = await createActor('admin');
    const user = await createActor('editor', { password: 'an older passphrase here' });
    const bystander = await createActor('editor');
    await setUserStatus(asViewer(admin), user.id, 'disabled');
    expect(await sessionWorks(user)).toBe(false);
    await setUserStatus(asViewer(admin), user.id, 'active');
    expect(await sessionWorks(user)).toBe(false);
    expect(await sessionWorks(bystander)).toBe(true);
    expect((await auditActions(user.id)).map((a) => a.action)).toEqual(['user.disable', 'user.enable']);
  });

  it('a role change ends the sessions; the same role again does not', async () => {
    const admin = await createActor('admin');
    const user = await createActor('editor');
    const bystander = await createActor('editor');
    await changeUserRole(asViewer(admin), user.id, 'editor');
    expect(await sessionWorks(user)).toBe(true);
    await changeUserRole(asViewer(admin), user.id, 'reviewer');
    expect(await sessionWorks(user)).toBe(false);
    expect(await sessionWorks(bystander)).toBe(true);
    expect((await auditActions(user.id)).at(-1)).toMatchObject({ action: 'user.role', after: { role: 'reviewer', sessionVersion: 1 } });
    // Signed in again, under the new role.
    expect(await loadSessionViewer(await sessionFromHeaders(new Headers({ cookie: await sessionCookie(user.id, 1) })))).toMatchObject({ role: 'reviewer' });
  });

  it('next-auth writes the version into the token at sign-in and hands it to the session', async () => {
    const { jwt, session } = getAuthOptions().callbacks!;
    const token = await jwt!({ token: {}, user: { id: '7', sessionVersion: 3 } as never, account: { provider: 'credentials' } as never } as never);
    expect(token).toMatchObject({ sub: '7', sv: 3 });
    const out = await session!({ session: { user: {}, expires: '' }, token } as never);
    expect(out.user).toMatchObject({ id: '7', sv: 3 });

    // Single sign-on: the local user's id and version, never the provider's own subject.
    const invited = await createActor('editor');
    await db.user.update({ where: { id: invited.id }, data: { sessionVersion: 4 } });
    const oauth = { provider: 'github', type: 'oauth' };
    expect(await jwt!({ token: { sub: '999' }, user: { id: '999', email: invited.email }, account: oauth } as never)).toMatchObject({ sub: String(invited.id), sv: 4 });
    expect((await jwt!({ token: { sub: '999' }, user: { id: '999', email: 'stranger@elsewhere.example' }, account: oauth } as never)).sub).toBeUndefined();
  });
});

