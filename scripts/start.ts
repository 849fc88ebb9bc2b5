// The README's run command: PostgreSQL (DATABASE_URL, or the embedded one under .data/),
// migrations, the founding example on first use, then `next start` (or `next dev` with --dev).
import { spawn } from 'node:child_process';
import pg from 'pg';
import { resolveDatabase } from '../lib/db/resolve-database';
import { applyMigrations } from '../lib/db/schema-engine';

const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';

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

async function main() {
  const database = await resolveDatabase({ quiet: true });
  console.log(
    database.embedded
      ? `Embedded PostgreSQL running (data in .data/).`
      : `Using PostgreSQL from DATABASE_URL.`,
  );
  const applied = await applyMigrations(database.url, { log: (m) => console.log(m) });
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');

  process.env.DATABASE_URL = database.url;
  if (database.embedded && (await isEmpty(database.url))) {
    console.log('First start: loading the founding example…');
    const { seedDatabase } = await import('../lib/seed/seed-database');
    await seedDatabase({ log: (m) => console.log(m) });
    const { db } = await import('../lib/db');
    await db.$disconnect();
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  // The embedded database is the demo: a fixed, published secret is acceptable there only.
  if (database.embedded && !env.NEXTAUTH_SECRET) env.CROSSCHECK_DEMO = 'true';

  const child = spawn('npx', ['next', dev ? 'dev' : 'start', '-p', port], { stdio: 'inherit', env });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  child.on('exit', (code) => void shutdown(code ?? 0));
  console.log(`Crosscheck on http://localhost:${port} — Ctrl-C stops it and the database.`);
}

main().catch(async (e) => {
  console.error(`Crosscheck could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
