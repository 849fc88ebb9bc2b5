import { defineConfig } from 'prisma/config';

// Read without env(): that helper throws when DATABASE_URL is unset, and `prisma generate`
// must work on a fresh clone with no database configured.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
