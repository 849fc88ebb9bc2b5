import NextAuth from 'next-auth';
import { cookies } from 'next/headers';
import { NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/respond';
import { getAuthOptions } from '@/lib/next-auth/auth-options';
import { clientIp } from '@/lib/auth/client-address';
import { appOrigin } from '@/lib/auth/origin-check';
import { signInRetryAfter } from '@/lib/auth/rate-limit.server';
import { safeCallbackPath, safeCallbackUrl } from '@/lib/auth/safe-callback';

type Context = { params: Promise<{ nextauth: string[] }> };

const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

/**
 * next-auth refuses a callbackUrl it cannot parse, in the query or in its callback-url cookie,
 * with a 500 "server configuration" answer, before its redirect callback runs. A hostile link
 * must not do that: a query value becomes its same-origin path (`/` when unsafe), and a cookie
 * that is not a same-origin URL is dropped. The body's callbackUrl reaches the redirect callback.
 */
async function withSafeCallback(request: NextRequest): Promise<NextRequest> {
  const origin = appOrigin(request.headers, request.url) ?? request.nextUrl.origin;
  const jar = await cookies();
  for (const name of CALLBACK_COOKIES) {
    const value = jar.get(name)?.value;
    if (value && safeCallbackUrl(value, origin) !== value) jar.delete(name);
  }
  const query = request.nextUrl.searchParams.get('callbackUrl');
  if (query === null) return request;
  const url = request.nextUrl.clone();
  url.searchParams.set('callbackUrl', safeCallbackPath(query, origin));
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new NextRequest(url, { method: request.method, headers: request.headers, body: hasBody ? await request.arrayBuffer() : undefined });
}

async function handle(request: NextRequest, context: Context) {
  return NextAuth(await withSafeCallback(request), context, getAuthOptions());
}

export const GET = handle;

/**
 * next-auth's own routes (CSRF-token protected). A throttled account or address gets a real 429
 * with Retry-After here, before the password is even checked; authorize() checks again.
 */
export async function POST(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth[0] === 'callback' && nextauth[1] === 'credentials') {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get('email') ?? '');
    const wait = await signInRetryAfter({ email, ip: clientIp(request.headers) });
    if (wait > 0) {
      const response = errorResponse(429, 'rate_limited', 'Too many sign-in attempts. Try again later.');
      response.headers.set('Retry-After', String(wait));
      return response;
    }
  }
  return handle(request, context);
}
