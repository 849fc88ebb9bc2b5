// Usage:
//   tsx scripts/db-migrate.ts [deploy]               apply pending migrations to $DATABASE_URL
//                                                    (or the embedded database under .data/)
//   tsx scripts/db-migrate.ts create <name> [--draft] create a migration from prisma/schema.prisma
// PRISMA_SCHEMA_PATH and PRISMA_MIGRATIONS_DIR override the default locations.
import { resolveDatabase } from '../lib/db/resolve-database';
import { applyMigrations, createMigration } from '../lib/db/schema-engine';

const USAGE = 'Usage: tsx scripts/db-migrate.ts [deploy | create <name> [--draft]]';

async function main(args: string[]): Promise<void> {
  const database = await resolveDatabase();
  try {
    await run(database.url, args);
  } finally {
    await database.stop();
  }
}

async function run(databaseUrl: string, args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'deploy') {
    if (rest.length > 0) throw new Error(USAGE);
    // The engine reports each migration as it starts applying it.
    const applied = await applyMigrations(databaseUrl, { log: (m) => console.log(m) });
    console.log(
      applied.length ? `Applied ${applied.length} migration(s)` : 'No pending migrations',
    );
    return;
  }
  if (command === 'create') {
    const draft = rest.includes('--draft');
    const [name, ...extra] = rest.filter((a) => a !== '--draft');
    if (name === undefined || name.startsWith('-') || extra.length > 0) throw new Error(USAGE);
    const dir = await createMigration(databaseUrl, name, { draft });
    console.log(
      dir
        ? `Created ${dir}`
        : 'The schema has no changes: no migration created (use --draft for an empty one)',
    );
    return;
  }
  throw new Error(USAGE);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db-migrate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
