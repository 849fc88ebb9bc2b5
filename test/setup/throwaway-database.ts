import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, withDatabase } from '../../lib/db/embedded-postgres';

export type ThrowawayDatabase = { url: string; drop: () => Promise<void> };

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host) && !process.env.CROSSCHECK_ALLOW_REMOTE_TEST_DB) {
    throw new Error(`Refusing to create test databases on non-local host ${host}.`);
  }
}

/**
 * A fresh database for one test run: on DATABASE_URL's server when set, otherwise on an
 * embedded cluster in a temporary directory. `drop` removes the database (and the cluster).
 */
export async function createThrowawayDatabase(label = 'test'): Promise<ThrowawayDatabase> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  const stopServerOwned = !serverUrl;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-pg-'));
    const running = await startEmbeddedPostgres({ dataDir: dir, quiet: true });
    serverUrl = running.url;
    stopServer = async () => {
      try {
        await running.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }
  assertLocal(serverUrl);
  const name = `crosscheck_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      try {
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } catch (e) {
        // An embedded cluster may already be going down with its parent process group; its
        // directory is removed below either way. On a shared server the leftover is reported.
        if (!stopServerOwned) throw e;
      } finally {
        await c.end().catch(() => {});
        await stopServer().catch(() => {});
      }
    },
  };
}
