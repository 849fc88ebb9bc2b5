import { NextResponse, type NextRequest } from 'next/server';

// Security headers for every response. Authorization never happens here: every data function
// checks the viewer itself (a proxy check can be skipped; see STYLE.md).

function contentSecurityPolicy(nonce: string, isApi: boolean): string {
  if (isApi) return "default-src 'none'; frame-ancestors 'none'";
  const dev = process.env.NODE_ENV === 'development';
  const https = process.env.NEXTAUTH_URL?.startsWith('https://');
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

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  const csp = contentSecurityPolicy(nonce, isApi);

  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (process.env.NODE_ENV === 'production') {
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  }
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
