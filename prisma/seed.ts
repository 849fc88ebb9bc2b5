// `npm run seed`: loads the founding example into DATABASE_URL, or into the embedded PostgreSQL
// under .data/ when it is unset (started here if the app is not already running it, and
// stopped again afterwards). Safe to repeat: seeding adds only what is missing.
import { resolveDatabase } from '../lib/db/resolve-database';
import { applyMigrations } from '../lib/db/schema-engine';

async function main() {
  const database = await resolveDatabase({ quiet: true });
  try {
    // lib/db reads DATABASE_URL when first imported, so it must be set before that import.
    process.env.DATABASE_URL = database.url;
    const applied = await applyMigrations(database.url, { log: (m) => console.log(m) });
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);

    const { seedDatabase } = await import('../lib/seed/seed-database');
    const { db } = await import('../lib/db');
    try {
      const result = await seedDatabase({ log: (m) => console.log(m) });
      console.log(`Seed done: ${result.created} created, ${result.existing} already present.`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main().catch((e) => {
  console.error(`Seeding failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
