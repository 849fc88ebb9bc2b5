import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

// Start-up check for `next start`: a server that cannot reach its database, or finds a schema
// older or newer than its migrations, stops with a message saying so instead of serving
// errors. `npm start` migrates first, so there this only confirms the database answers.

export type SchemaProblem = { kind: 'unreachable' | 'behind' | 'ahead'; message: string };

function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

export function localMigrations(dir = path.join(process.cwd(), 'prisma/migrations')): string[] | null {
  // Only this folder is read; the ignore comments keep the bundler from tracing the whole project.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return null;
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export async function checkDatabaseSchema(url: string | undefined, expected = localMigrations()): Promise<SchemaProblem | null> {
  if (!url) return { kind: 'unreachable', message: 'DATABASE_URL is not set.' };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  let applied: string[];
  try {
    await client.connect();
    const exists = await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
    applied = exists.rows[0].present
      ? (await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows.map((r) => r.migration_name)
      : [];
  } catch (e) {
    const reason = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
    return { kind: 'unreachable', message: `PostgreSQL at ${where(url)} cannot be reached (${reason}).` };
  } finally {
    await client.end().catch(() => {});
  }
  // Without the migrations folder (a trimmed deployment) only reachability is checked.
  if (!expected) return null;
  const missing = expected.filter((m) => !applied.includes(m));
  const unknown = applied.filter((m) => !expected.includes(m));
  if (unknown.length) {
    return { kind: 'ahead', message: `The database at ${where(url)} has migrations this version of Crosscheck does not know (${unknown.join(', ')}): it belongs to a newer release.` };
  }
  if (missing.length) {
    return { kind: 'behind', message: `The database at ${where(url)} lacks ${missing.length} migration(s) (${missing.join(', ')}); run \`npm run db:migrate\` first.` };
  }
  return null;
}
