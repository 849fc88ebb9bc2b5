import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/respond';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { clientIp } from '@/lib/auth/client-address';
import { signInRetryAfter } from '@/lib/auth/rate-limit.server';

type Context = { params: Promise<{ nextauth: string[] }> };

const handle = (request: NextRequest, context: Context) => NextAuth(request, context, getAuthOptions());

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
