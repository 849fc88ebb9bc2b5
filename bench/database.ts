// The benchmark's database: a new database on DATABASE_URL's server (tuned as that server is),
// else an embedded PostgreSQL in a temporary directory, tuned for this machine's memory the
// way any production server would be (the embedded default of 128 MB shared buffers holds a
// tenth of a million-claim archive).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, withDatabase } from '../lib/db/embedded-postgres';
import { createThrowawayDatabase } from '../test/setup/throwaway-database';

export type BenchDatabase = { url: string; settings: Record<string, string>; drop: () => Promise<void>; stop: () => Promise<void> };

function tuning(): Record<string, string> {
  const gb = os.totalmem() / 1024 ** 3;
  return {
    shared_buffers: `${Math.max(128, Math.min(4096, Math.round((gb / 4) * 1024)))}MB`,
    effective_cache_size: `${Math.max(512, Math.round((gb / 2) * 1024))}MB`,
    random_page_cost: '1.1',
    work_mem: '16MB',
    maintenance_work_mem: '512MB',
    max_wal_size: '4GB',
  };
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) {
    const db = await createThrowawayDatabase('bench');
    return { url: db.url, settings: {}, drop: db.drop, stop: async () => {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-pg-'));
  const settings = tuning();
  const first = await startEmbeddedPostgres({ dataDir: dir, quiet: true });
  const admin = new pg.Client({ connectionString: first.url });
  await admin.connect();
  for (const [name, value] of Object.entries(settings)) await admin.query(`ALTER SYSTEM SET ${name} = '${value}'`);
  await admin.end();
  await first.stop();
  // shared_buffers takes effect only at start.
  const running = await startEmbeddedPostgres({ dataDir: dir, port: first.port, quiet: true });
  const client = new pg.Client({ connectionString: running.url });
  await client.connect();
  await client.query('CREATE DATABASE crosscheck_bench');
  await client.end();
  return {
    url: withDatabase(running.url, 'crosscheck_bench'),
    settings,
    stop: running.stop,
    drop: async () => {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
