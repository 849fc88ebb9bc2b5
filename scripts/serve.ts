// Serves an existing build (or the dev server with --dev) on DATABASE_URL through the app's own
// HTTP server: what tests, benchmarks and process managers run instead of `next start`.
//   node --import tsx scripts/serve.ts [--dev] [-p|--port PORT] [-H|--hostname HOST]
// PORT and HOST are read when the flags are absent; without a host it listens on every
// interface. NEXT_DIST_DIR picks the build folder (next.config.js). SIGINT/SIGTERM stop it.
import { parseArgs } from 'node:util';
import { startAppServer } from '../lib/http/app-server';
import { StartRefused } from '../lib/http/start-checks';

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
  },
});

async function main() {
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartRefused(`the port must be a number from 0 to 65535 (got ${values.port ?? process.env.PORT}).`);
  const server = await startAppServer({ dev: values.dev, port, host: values.hostname ?? (process.env.HOST || undefined) });
  const stop = () => void server.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`Crosscheck on ${server.url}`);
}

main().catch((e) => {
  console.error(`\nCrosscheck cannot start: ${e instanceof Error ? (e instanceof StartRefused ? e.message : e.stack) : String(e)}\n`);
  process.exit(1);
});
