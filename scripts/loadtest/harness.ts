// The production stack for load, fault and multi-instance runs: a build (made when missing or
// older than the sources), a database prepared in a child process (migrations + the founding
// example, so this process's Prisma client never points at it), reviewer users with API tokens
// made straight in the database, and app servers (scripts/serve.ts) bound to 127.0.0.1 only.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres, withDatabase, type RunningPostgres } from '../../lib/db/embedded-postgres';
import { displayPrefix, hashToken, newRawToken } from '../../lib/auth/api-token-hash';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const distDir = () => process.env.NEXT_DIST_DIR || '.next';
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
/** The app's own server, as `npm start` runs it; the launchers below start this, never `next start`. */
export const SERVE_SCRIPT = path.join(ROOT, 'scripts/serve.ts');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const f of readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
    if (f.includes('generated') || !/\.(tsx?|css|js)$/.test(f)) continue;
    newest = Math.max(newest, statSync(path.join(ROOT, dir, f)).mtimeMs);
  }
  return newest;
}

/** Builds into NEXT_DIST_DIR (default .next) when there is no build or a source file is newer. */
export function ensureBuild(log: (m: string) => void = console.log, mode: 'auto' | 'force' | 'reuse' = 'auto'): void {
  const buildId = path.join(ROOT, distDir(), 'BUILD_ID');
  const exists = existsSync(buildId);
  if (mode === 'reuse' && exists) return;
  const stale = mode === 'force' || !exists || ['app', 'lib'].some((d) => newestMtime(d) > statSync(buildId).mtimeMs);
  if (!stale) return;
  log(`Building the production app into ${distDir()}/ …`);
  const r = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status}):\n${String(r.stdout).slice(-3000)}${String(r.stderr).slice(-3000)}`);
}

/** A PostgreSQL cluster of our own that can be stopped and started again on the same port. */
export type OwnPostgres = { serverUrl: string; port: number; stop: () => Promise<void>; start: () => Promise<void>; destroy: () => Promise<void> };

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-hardening-pg-'));
  const port = await findFreePort();
  let running: RunningPostgres | null = await startEmbeddedPostgres({ dataDir: dir, port, quiet: true });
  const serverUrl = running.url;
  return {
    serverUrl,
    port,
    stop: async () => {
      await running?.stop();
      running = null;
    },
    start: async () => {
      running ??= await startEmbeddedPostgres({ dataDir: dir, port, quiet: true });
    },
    destroy: async () => {
      await running?.stop().catch(() => {});
      running = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
  return withDatabase(serverUrl, name);
}

/** Migrations and the founding example, in a child process with its own DATABASE_URL. */
export function prepareDatabase(url: string): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/loadtest/prepare-database.ts')], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DATABASE_URL: url },
  });
  if (r.status !== 0) throw new Error(`preparing the database failed (exit ${r.status})`);
}

export type Reviewer = { id: number; email: string; token: string; password?: string };

/** Reviewers (or other roles) with one API token each, made straight in the database. */
export async function createUsers(url: string, count: number, role = 'reviewer', label = 'load'): Promise<Reviewer[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const users: Reviewer[] = [];
    for (let i = 0; i < count; i++) {
      const email = `${label}-${role}-${i}-${Date.now().toString(36)}@crosscheck.test`;
      const { rows } = await c.query(
        `INSERT INTO users (email, name, role, status, updated_at) VALUES ($1, $2, $3, 'active', now()) RETURNING id`,
        [email, `${label} ${role} ${i}`, role],
      );
      const token = newRawToken();
      await c.query(`INSERT INTO api_tokens (user_id, name, token_hash, token_prefix) VALUES ($1, $2, $3, $4)`, [
        rows[0].id, label, hashToken(token), displayPrefix(token),
      ]);
      users.push({ id: rows[0].id, email, token });
    }
    return users;
  } finally {
    await c.end();
  }
}

export type AppServer = { port: number; base: string; child: ChildProcess; output: () => string; stop: () => Promise<void> };

export const HARDENING_SECRET = 'hardening-only-secret-not-for-production-0123456789';

/** scripts/serve.ts on 127.0.0.1; resolves once the read API answers. */
export async function startServer(databaseUrl: string, opts: { port?: number; env?: Record<string, string> } = {}): Promise<AppServer> {
  const port = opts.port ?? (await findFreePort());
  const base = `http://127.0.0.1:${port}`;
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE_SCRIPT, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: HARDENING_SECRET,
      NEXT_TELEMETRY_DISABLED: '1',
      ...opts.env,
    },
  });
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await new Promise((r) => child.once('exit', r));
    clearTimeout(killer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited (${child.exitCode}):\n${out}`);
    try {
      const r = await fetch(`${base}/api/v1/alignments`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return { port, base, child, output: () => out, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the app server did not answer within 60 s:\n${out}`);
}
