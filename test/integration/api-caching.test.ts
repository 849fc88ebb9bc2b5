// What a browser or proxy may keep of an API answer: nothing of an answer to a request that
// carried credentials, nothing of an error, and anonymous answers only for anonymous requests.
// next.config.js's header rules are resolved with Next's own matchers, as `next start` does.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { NextConfig } from 'next';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { apiRequest, createActor, type TestActor } from '../helpers/auth-fixtures';
import * as claimsRoute from '@/app/api/v1/claims/route';
import * as claimRoute from '@/app/api/v1/claims/[id]/route';
import * as sourcesRoute from '@/app/api/v1/sources/route';

type HeaderRule = { source: string; has?: Parameters<typeof matchHas>[2]; missing?: Parameters<typeof matchHas>[3]; headers: { key: string; value: string }[] };

/** The headers next.config.js adds to a response for this path and these request headers. */
async function configHeaders(pathname: string, requestHeaders: Record<string, string>): Promise<Record<string, string>> {
  const configFile = path.resolve(import.meta.dirname, '../../next.config.js');
  const nextConfig = ((await import(/* @vite-ignore */ configFile)) as { default: NextConfig }).default;
  const rules = (await nextConfig.headers!()) as HeaderRule[];
  const req = { headers: Object.fromEntries(Object.entries(requestHeaders).map(([k, v]) => [k.toLowerCase(), v])) };
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!getPathMatch(rule.source)(pathname)) continue;
    if (!matchHas(req as never, {}, rule.has, rule.missing)) continue;
    // As in Next: a later rule's value for the same key wins.
    for (const { key, value } of rule.headers) out[key.toLowerCase()] = value;
  }
  return out;
}

let reviewer: TestActor;
beforeAll(async () => {
  reviewer = await createActor('reviewer');
});

describe('next.config.js API caching rules', () => {
  it.each([
    ['a Bearer token', { authorization: 'Bearer cc_anything' }],
    ['a session cookie', { cookie: 'next-auth.session-token=abc' }],
    ['a secure session cookie', { cookie: '__Secure-next-auth.session-token=abc; other=1' }],
  ])('an answer to a request with %s is no-store', async (_what, headers) => {
    for (const path of ['/api/v1/claims', '/api/v1/claims/1', '/api/v1/sources/3/rating', '/api/v1/exchange/export', '/api/auth/session']) {
      expect((await configHeaders(path, headers))['cache-control'], path).toBe('no-store');
    }
  });

  it('an anonymous answer keeps its caching, and every API answer varies on the credentials', async () => {
    const anonymous = await configHeaders('/api/v1/claims', {});
    expect(anonymous['cache-control']).toBeUndefined();
    for (const headers of [{}, { authorization: 'Bearer x' }, { cookie: 'a=b' }] as Record<string, string>[]) {
      const vary = (await configHeaders('/api/v1/claims', headers)).vary ?? '';
      expect(vary.split(/,\s*/).map((v) => v.toLowerCase()).sort()).toEqual(['authorization', 'cookie']);
    }
  });

  it('pages are untouched by the API rules', async () => {
    const page = await configHeaders('/claims', { cookie: 'next-auth.session-token=abc' });
    expect(page['cache-control']).toBeUndefined();
    expect(page.vary).toBeUndefined();
  });
});

type Handler = (request: Request, ctx: { params: Promise<object> }) => Promise<Response>;
const post = (request: Request) => (claimsRoute.POST as unknown as Handler)(request, { params: Promise.resolve({}) });

describe('error answers from the route handlers', () => {
  it('every error is no-store, whoever asked', async () => {
    const responses = [
      await claimRoute.GET(new Request('http://crosscheck.test/api/v1/claims/2147483647'), { params: Promise.resolve({ id: '2147483647' }) }),
      await claimRoute.GET(new Request('http://crosscheck.test/api/v1/claims/x'), { params: Promise.resolve({ id: 'x' }) }),
      await sourcesRoute.GET(new Request('http://crosscheck.test/api/v1/sources?q=%00')),
      await post(apiRequest({ kind: 'anonymous' }, 'POST', '/api/v1/claims', {})),
      await post(apiRequest({ kind: 'token', actor: reviewer }, 'POST', '/api/v1/claims', { text: '' })),
      await post(apiRequest({ kind: 'token', actor: reviewer }, 'POST', '/api/v1/claims', 'not json')),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 400, 400, 401, 400, 400]);
    for (const r of responses) expect(r.headers.get('cache-control'), String(r.status)).toBe('no-store');
  });
});
