import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, withDatabase } from './embedded-postgres';

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export const EMBEDDED_DATA_DIR = path.resolve(process.env.CROSSCHECK_DATA_DIR ?? '.data');
export const EMBEDDED_PORT = Number(process.env.CROSSCHECK_PG_PORT ?? 54329);
const APP_DATABASE = 'crosscheck';

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL when set; otherwise the embedded cluster under .data/ (started here, or reused
 * when the app already runs it). `stop` only stops what this call started.
 */
export async function resolveDatabase(options: { quiet?: boolean } = {}): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const password = 'crosscheck';
  const serverUrl = `postgresql://postgres:${password}@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  if (await canConnect(serverUrl)) {
    await ensureDatabase(serverUrl, APP_DATABASE);
    return { url: withDatabase(serverUrl, APP_DATABASE), embedded: true, stop: async () => {} };
  }
  const running = await startEmbeddedPostgres({
    dataDir: EMBEDDED_DATA_DIR,
    port: EMBEDDED_PORT,
    quiet: options.quiet ?? true,
  });
  await ensureDatabase(running.url, APP_DATABASE);
  return { url: withDatabase(running.url, APP_DATABASE), embedded: true, stop: running.stop };
}
