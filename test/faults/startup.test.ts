// Starting against a database that is not there, or whose schema is older or newer than this
// release's migrations, must stop with a message that says so and a non-zero exit. So must a
// bare `next start`, which would believe any client's X-Forwarded-For.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../lib/db/embedded-postgres';
import {
  createDatabase, ensureBuild, HARDENING_SECRET, prepareDatabase, ROOT, SERVE_SCRIPT, startOwnPostgres, type OwnPostgres,
} from '../../scripts/loadtest/harness';

type Run = { code: number | null; output: string; ms: number };

/** Runs a command to its end (killed after 60 s): a start-up that hangs fails the test. */
function run(cmd: string, args: string[], env: Record<string, string>): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXTAUTH_SECRET: HARDENING_SECRET, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b) => (output += b));
    child.stderr.on('data', (b) => (output += b));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

const serve = async (databaseUrl: string) =>
  run(process.execPath, ['--import', 'tsx', SERVE_SCRIPT, '-p', String(await findFreePort()), '-H', '127.0.0.1'], { DATABASE_URL: databaseUrl });

let cluster: OwnPostgres;
let deadUrl: string;

beforeAll(async () => {
  ensureBuild(() => {}, process.env.HARDENING_REBUILD ? 'auto' : 'reuse');
  cluster = await startOwnPostgres();
  // A port nobody listens on.
  deadUrl = `postgresql://postgres:crosscheck@127.0.0.1:${await findFreePort()}/crosscheck`;
});
afterAll(async () => {
  await cluster?.destroy();
});

describe('start-up against a bad database', () => {
  it('npm start (scripts/start.ts) with an unreachable DATABASE_URL says so and exits non-zero', async () => {
    const r = await run(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { DATABASE_URL: deadUrl, PORT: String(await findFreePort()) });
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toMatch(/could not start/i);
    expect(r.output).toMatch(/reach|ECONNREFUSED|connect/i);
  });

  it('the app server with an unreachable database says so and exits non-zero', async () => {
    const r = await serve(deadUrl);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toMatch(/cannot start: PostgreSQL at 127\.0\.0\.1:\d+\/crosscheck cannot be reached/);
  });

  it('the app server on an unmigrated (older) database names the missing migrations', async () => {
    const url = await createDatabase(cluster.serverUrl, 'crosscheck_empty');
    const r = await serve(url);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toMatch(/lacks \d+ migration\(s\).*npm run db:migrate/);
  });

  it('the app server on a database from a newer release refuses it', async () => {
    const url = await createDatabase(cluster.serverUrl, 'crosscheck_newer');
    prepareDatabase(url);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ('future', 'x', '29990101000000_from_a_newer_release', now(), now(), 1)`,
    );
    await c.end();
    const r = await serve(url);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toMatch(/29990101000000_from_a_newer_release.*newer release/);
  });

  it('a bare `next start` on a good database refuses to serve and names the way to start', async () => {
    const url = await createDatabase(cluster.serverUrl, 'crosscheck_bare');
    prepareDatabase(url);
    const r = await run(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(await findFreePort()), '-H', '127.0.0.1'], {
      DATABASE_URL: url,
    });
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toMatch(/cannot start: run it with `npm start`/);
  });
});
