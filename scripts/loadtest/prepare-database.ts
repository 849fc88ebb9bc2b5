// Child process of the harness: migrates DATABASE_URL and seeds the founding example.
import { applyMigrations } from '../../lib/db/schema-engine';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
await applyMigrations(url, { log: () => {} });
const { seedDatabase } = await import('../../lib/seed/seed-database');
await seedDatabase({ log: () => {} });
const { db } = await import('../../lib/db');
await db.$disconnect();
