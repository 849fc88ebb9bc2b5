// Playwright's web server: a throwaway database (migrated, seeded with the founding example)
// and the app's own server (scripts/serve.ts) on it, in a child process so that its database
// client is not the one seeding here. The database is dropped when Playwright stops this process.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { applyMigrations } from '../lib/db/schema-engine';
import { createThrowawayDatabase } from '../test/setup/throwaway-database';

const port = process.env.E2E_PORT ?? '3210';

async function main() {
  const database = await createThrowawayDatabase('e2e');
  await applyMigrations(database.url, { log: () => {} });
  process.env.DATABASE_URL = database.url;
  const { seedDatabase } = await import('../lib/seed/seed-database');
  await seedDatabase({ log: () => {} });
  const { db } = await import('../lib/db');
  await db.$disconnect();
  // Specs that need to arrange data read the database URL from here.
  mkdirSync('.e2e', { recursive: true });
  writeFileSync(`.e2e/database-url-${port}`, database.url);

  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-p', port, '-H', '127.0.0.1'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production-use',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
    await database.drop().catch((e) => console.error(`could not drop the e2e database: ${e instanceof Error ? e.message : e}`));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  child.on('exit', () => void shutdown());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
