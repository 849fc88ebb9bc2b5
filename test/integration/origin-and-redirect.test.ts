// Cookie writes must come from this app's exact origin (scheme, host, port; forwarded headers
// never count), and next-auth's own endpoints neither redirect off-site nor fail on a hostile
// callbackUrl.
import 'next/dist/server/node-environment-baseline';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store';
import { db } from '@/lib/db';
import { GET as authGET, POST as authPOST } from '@/app/api/auth/[...nextauth]/route';
import { PUT as putRating } from '@/app/api/v1/sources/[id]/rating/route';
import { createTokenHandler } from '@/app/account/action-handlers';
import { createActor, createTestSource, formData, headersFor, params, TEST_ORIGIN, uniq, type TestActor } from '../helpers/auth-fixtures';

const RATIONALE = 'Origin check: only this app may write with a session cookie.';

afterEach(() => {
  vi.unstubAllEnvs();
});

type Variant = { name: string; origin: string; extra?: Record<string, string>; url?: string };

const refused: Variant[] = [
  { name: 'https Origin for an http app', origin: 'https://crosscheck.test' },
  { name: 'X-Forwarded-Host naming the Origin', origin: 'http://evil.example', extra: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' } },
  { name: 'a list of forwarded hosts', origin: 'http://evil.example', extra: { 'x-forwarded-host': 'evil.example, crosscheck.test' } },
  { name: 'another port', origin: 'http://crosscheck.test:8080' },
  { name: 'a host suffix', origin: 'http://crosscheck.test.evil.example' },
  { name: 'the literal null Origin', origin: 'null' },
];

function cookieHeaders(actor: TestActor, variant: Variant): Headers {
  const h = headersFor({ kind: 'cookie', actor, origin: variant.origin });
  // An https NEXTAUTH_URL means next-auth's __Secure- cookie names.
  if (process.env.NEXTAUTH_URL?.startsWith('https:')) h.set('cookie', `__Secure-${actor.cookie}`);
  for (const [k, v] of Object.entries(variant.extra ?? {})) h.set(k, v);
  return h;
}

describe('cookie writes through an API route', () => {
  async function rate(actor: TestActor, variant: Variant) {
    const source = await createTestSource();
    const request = new Request(`${variant.url ?? TEST_ORIGIN}/api/v1/sources/${source.id}/rating`, {
      method: 'PUT',
      headers: cookieHeaders(actor, variant),
      body: JSON.stringify({ reliability: 'B', rationale: RATIONALE, version: source.ratingVersion }),
    });
    const res = await putRating(request, params({ id: String(source.id) }));
    return { status: res.status, body: await res.json(), revisions: await db.ratingRevision.count({ where: { sourceId: source.id } }) };
  }

  it('are allowed from the exact origin', async () => {
    const reviewer = await createActor('reviewer');
    expect(await rate(reviewer, { name: 'exact', origin: TEST_ORIGIN })).toMatchObject({ status: 200, revisions: 1 });
  });

  it.each(refused)('are refused with 403 for $name, and nothing is written', async (variant) => {
    const reviewer = await createActor('reviewer');
    // The answer names the origin to use, for the one honest case (127.0.0.1 for localhost).
    expect(await rate(reviewer, variant)).toMatchObject({
      status: 403, body: { error: { code: 'cross_site', message: expect.stringContaining(TEST_ORIGIN) } }, revisions: 0,
    });
  });

  it('behind a proxy, only the public NEXTAUTH_URL origin counts, not the address the proxy used', async () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://crosscheck.example');
    const reviewer = await createActor('reviewer');
    const internal = 'http://10.0.0.5:3000';
    expect(await rate(reviewer, { name: 'public', origin: 'https://crosscheck.example', url: internal })).toMatchObject({ status: 200 });
    expect(await rate(reviewer, { name: 'internal', origin: internal, url: internal })).toMatchObject({ status: 403 });
    expect(await rate(reviewer, { name: 'http of the public host', origin: 'http://crosscheck.example', url: internal })).toMatchObject({ status: 403 });
  });
});

describe('cookie writes through a server action', () => {
  async function createToken(actor: TestActor, variant: Variant) {
    const name = uniq('origin-check');
    const state = await createTokenHandler.handle(cookieHeaders(actor, variant), formData({ name }));
    return { state, created: await db.apiToken.count({ where: { userId: actor.id, name } }) };
  }

  it('are allowed from the exact origin', async () => {
    const reviewer = await createActor('reviewer');
    const { state, created } = await createToken(reviewer, { name: 'exact', origin: TEST_ORIGIN });
    expect(state).toMatchObject({ ok: true });
    expect(created).toBe(1);
  });

  it.each(refused)('are refused with 403 for $name, and nothing is written', async (variant) => {
    const reviewer = await createActor('reviewer');
    const { state, created } = await createToken(reviewer, variant);
    expect(state).toMatchObject({ ok: false, status: 403, code: 'cross_site' });
    expect(created).toBe(0);
  });

  it('behind a proxy, only the public NEXTAUTH_URL origin counts, whatever Host says', async () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://crosscheck.example');
    const reviewer = await createActor('reviewer');
    const exact = await createToken(reviewer, { name: 'public', origin: 'https://crosscheck.example', extra: { host: '10.0.0.5:3000' } });
    expect(exact.state).toMatchObject({ ok: true });
    const hostOnly = await createToken(reviewer, { name: 'host', origin: 'http://10.0.0.5:3000', extra: { host: '10.0.0.5:3000' } });
    expect(hostOnly.state).toMatchObject({ ok: false, status: 403 });
  });
});

// next-auth's route handler reads headers and cookies through next/headers, which needs the
// request scope Next gives every route handler; this gives the same scope to an in-process call.
function inRequestScope<T>(request: NextRequest, run: () => Promise<T>): Promise<T> {
  const workStore = { route: '/api/auth/[...nextauth]', page: '/api/auth/[...nextauth]/route', forceStatic: false, dynamicShouldError: false };
  const requestStore = createRequestStoreForAPI(request as never, request.nextUrl, undefined as never, undefined, undefined as never, undefined);
  return workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(requestStore, run));
}

const authContext = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });
const cookiePairs = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

async function csrf(): Promise<{ csrfToken: string; jar: string[] }> {
  const request = new NextRequest(`${TEST_ORIGIN}/api/auth/csrf`);
  const res = await inRequestScope(request, () => authGET(request, authContext('csrf')));
  return { csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken, jar: cookiePairs(res) };
}

async function postCredentials(fields: Record<string, string>, extraCookies: string[] = [], query = '') {
  const { csrfToken, jar } = await csrf();
  const request = new NextRequest(`${TEST_ORIGIN}/api/auth/callback/credentials${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...jar, ...extraCookies].join('; '), origin: TEST_ORIGIN },
    body: new URLSearchParams({ ...fields, csrfToken, json: 'true' }),
  });
  const res = await inRequestScope(request, () => authPOST(request, authContext('callback', 'credentials')));
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  return { status: res.status, url: body.url, cookies: cookiePairs(res) };
}

describe('next-auth credentials callback with a hostile callbackUrl', () => {
  const PASSWORD = 'origin and redirect passphrase';

  it.each([
    'http://127.0.0.1:3000.evil.example/',
    'http://crosscheck.test.evil.example/',
    'http://crosscheck.test:99999/',
    'http://[::1',
    'https://evil.example/phish',
    '//evil.example/phish',
    '/\t/evil.example/phish',
    '/\\evil.example',
    'javascript:alert(1)',
    'http://',
  ])('signs in and sends the browser home for %j, never a 5xx or another site', async (callbackUrl) => {
    vi.stubEnv('NEXTAUTH_URL', TEST_ORIGIN);
    const user = await createActor('reviewer', { password: PASSWORD });
    const res = await postCredentials({ email: user.email, password: PASSWORD, callbackUrl });
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${TEST_ORIGIN}/`);
    expect(res.cookies.some((c) => c.startsWith('next-auth.session-token='))).toBe(true);
  });

  it('keeps a same-site callbackUrl, and refuses a hostile one left in the callback-url cookie', async () => {
    vi.stubEnv('NEXTAUTH_URL', TEST_ORIGIN);
    const user = await createActor('reviewer', { password: PASSWORD });
    const kept = await postCredentials({ email: user.email, password: PASSWORD, callbackUrl: '/claims?status=contested' });
    expect(kept).toMatchObject({ status: 200, url: `${TEST_ORIGIN}/claims?status=contested` });

    const cookie = `next-auth.callback-url=${encodeURIComponent('http://127.0.0.1:3000.evil.example/')}`;
    const fromCookie = await postCredentials({ email: user.email, password: PASSWORD }, [cookie]);
    expect(fromCookie.status).toBe(200);
    expect(new URL(fromCookie.url!).href).toBe(`${TEST_ORIGIN}/`);
  });

  it('a hostile callbackUrl in the query is the same as in the form: signed in, sent home', async () => {
    vi.stubEnv('NEXTAUTH_URL', TEST_ORIGIN);
    const user = await createActor('reviewer', { password: PASSWORD });
    const query = `?callbackUrl=${encodeURIComponent('http://127.0.0.1:3000.evil.example/')}`;
    expect(await postCredentials({ email: user.email, password: PASSWORD }, [], query)).toMatchObject({ status: 200, url: `${TEST_ORIGIN}/` });
  });

  it('next-auth pages given a hostile callbackUrl answer without a 5xx and stay on the site', async () => {
    vi.stubEnv('NEXTAUTH_URL', TEST_ORIGIN);
    for (const callbackUrl of ['http://127.0.0.1:3000.evil.example/', 'https://evil.example/', '/\t/evil.example']) {
      for (const action of ['signin', 'session', 'providers', 'csrf']) {
        const request = new NextRequest(`${TEST_ORIGIN}/api/auth/${action}?callbackUrl=${encodeURIComponent(callbackUrl)}`);
        const res = await inRequestScope(request, () => authGET(request, authContext(action)));
        expect(res.status, `${action} with ${callbackUrl}`).toBeLessThan(500);
        const location = res.headers.get('location');
        if (location) expect(new URL(location, TEST_ORIGIN).origin, `${action} redirect`).toBe(TEST_ORIGIN);
      }
    }
    const signin = new NextRequest(`${TEST_ORIGIN}/api/auth/signin?callbackUrl=${encodeURIComponent('http://127.0.0.1:3000.evil.example/')}`);
    const res = await inRequestScope(signin, () => authGET(signin, authContext('signin')));
    expect(new URL(res.headers.get('location')!, TEST_ORIGIN).href).toBe(`${TEST_ORIGIN}/signin?callbackUrl=${encodeURIComponent(`${TEST_ORIGIN}/`)}`);
  });

  it('a wrong password with a hostile callbackUrl is the usual sign-in error, not a 5xx', async () => {
    vi.stubEnv('NEXTAUTH_URL', TEST_ORIGIN);
    const user = await createActor('reviewer', { password: PASSWORD });
    const res = await postCredentials({ email: user.email, password: 'not the passphrase', callbackUrl: 'http://127.0.0.1:3000.evil.example/' });
    expect(res.status).toBeLessThan(500);
    expect(new URL(res.url!).origin).toBe(TEST_ORIGIN);
    expect(new URL(res.url!).searchParams.get('error')).toBe('CredentialsSignin');
  });
});
