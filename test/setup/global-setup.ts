import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../lib/db/schema-engine';
import { createThrowawayDatabase } from './throwaway-database';

// One throwaway database per `vitest run`, migrated and seeded with the founding example;
// workers inherit DATABASE_URL. Tests add their own rows with unique names.
export default async function setup(_project: TestProject) {
  const database = await createThrowawayDatabase('vitest');
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url, { log: () => {} });
  const { seedDatabase } = await import('../../lib/seed/seed-database');
  await seedDatabase({ log: () => {} });
  const { db } = await import('../../lib/db');
  await db.$disconnect();
  return async () => {
    await database.drop();
  };
}
