import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseDown } from '@/lib/db/database-probe';
import { getEnv } from '@/lib/env';
import { RETRY_AFTER_SECONDS, UNAVAILABLE_PAGE } from '@/lib/db/unavailable-page';

// The pages' Content-Security-Policy, with a script nonce made per request. The headers that
// never vary, and the API's fixed CSP, are in next.config.js `headers()`: API requests do not
// run this at all (see the matcher). Authorization never happens here: every data function
// checks the viewer itself: a check here could be skipped by a route the matcher misses, or by
// a server action posted to any page.

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === 'development';
  const https = getEnv().NEXTAUTH_URL?.startsWith('https://');
  return [
    "default-src 'self'",
    // Nonce + strict-dynamic: Next's own inline bootstrap carries the nonce; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React renders style attributes; a nonce here would make browsers ignore 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * App Router pages cannot choose their own status, so a page that fails during a database
 * outage would answer 500; answering here gives clients and monitors a 503 with Retry-After.
 */
async function unavailableResponse(csp: string): Promise<NextResponse | null> {
  try {
    if (!(await isDatabaseDown())) return null;
  } catch {
    return null;
  }
  return new NextResponse(UNAVAILABLE_PAGE, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Content-Security-Policy': csp,
    },
  });
}

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const unavailable = await unavailableResponse(csp);
  if (unavailable) return unavailable;

  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
