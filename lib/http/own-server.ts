// Set by the app's own HTTP server (lib/http/app-server.ts) in its process before Next.js
// loads; instrumentation.ts refuses to serve without it, because a bare `next start` passes a
// client's X-Forwarded-For through to throttling and the audit log unchecked.
const MARK = Symbol.for('crosscheck.own-http-server');

export function markOwnHttpServer(): void {
  (globalThis as Record<symbol, unknown>)[MARK] = true;
}

export function isBehindOwnHttpServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[MARK] === true;
}
