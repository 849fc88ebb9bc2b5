// Runs once when Next.js loads the app. The start-up checks (secret, database schema, demo
// accounts on a public address) have already run in lib/http/app-server.ts; what is left is to
// refuse a server that did not come through it, such as a bare `next start`, because that one
// believes any client's X-Forwarded-For for sign-in throttling and the audit log.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { isBehindOwnHttpServer } = await import('./lib/http/own-server');
    if (!isBehindOwnHttpServer()) {
      console.error(
        '\nCrosscheck cannot start: run it with `npm start` (or `node --import tsx scripts/serve.ts -p <port>` on an ' +
          'existing build), not `next start` or `next dev`: only its own server decides which forwarded headers to believe.\n',
      );
      process.exit(1);
    }
  }
}
