// The one way the app is served (docs/decisions/005-own-http-server.md): Next.js inside this
// process, behind a plain Node HTTP server that settles the forwarded headers before Next.js
// sees a request. `npm start`, `npm run dev`, scripts/serve.ts and every test launcher use it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getEnv } from '../env';
import { sanitizeForwardedHeaders } from './forwarded-headers';
import { markOwnHttpServer } from './own-server';
import { checkBeforeStart } from './start-checks';

export type AppServerOptions = {
  dev: boolean;
  port: number;
  /** Undefined listens on every interface, as `next start` does. */
  host: string | undefined;
  dir?: string;
  log?: (m: string) => void;
};

export type RunningAppServer = { url: string; port: number; close: () => Promise<void> };

const GRACE_MS = 5_000;

/** Checks, then prepares Next.js and listens. Throws StartRefused with a sentence on a bad start. */
export async function startAppServer(options: AppServerOptions): Promise<RunningAppServer> {
  const log = options.log ?? ((m: string) => console.log(m));
  // Next.js picks its React build from NODE_ENV when first loaded; `next start` sets it the same way.
  Object.assign(process.env, { NODE_ENV: options.dev ? 'development' : 'production', NEXT_TELEMETRY_DISABLED: '1' });
  await checkBeforeStart({ host: options.host, log });
  const trust = getEnv().CROSSCHECK_TRUSTED_PROXIES;

  markOwnHttpServer();
  const { default: next } = await import('next');
  // Node closes an idle kept-alive connection after 5 s; a client (or proxy) reusing it at that
  // moment gets ECONNRESET. Idle connections stay open longer than the usual proxy/client idle
  // limits (60 s) instead, so the client always closes first.
  const httpServer = http.createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 });
  const app = next({ dev: options.dev, dir: options.dir ?? process.cwd(), hostname: options.host ?? 'localhost', port: options.port, httpServer });
  await app.prepare();
  const handle = app.getRequestHandler();
  httpServer.on('request', (req, res) => {
    sanitizeForwardedHeaders(req.headers, req.socket.remoteAddress, trust);
    handle(req, res).catch((error: unknown) => {
      console.error(`Failed to handle ${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shown = !options.host || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${shown}:${port}`;
  // Next.js reads this to reach itself (forwarded server actions); `next start` sets it too.
  process.env.__NEXT_PRIVATE_ORIGIN = url;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      const force = setTimeout(() => httpServer.closeAllConnections(), GRACE_MS);
      await closed;
      clearTimeout(force);
      await app.close();
    })());
  return { url, port, close };
}
