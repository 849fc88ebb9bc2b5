// `npm start` on the embedded database, as a newcomer runs it: no published session secret, no
// demo accounts on the network, and SIGTERM (what a service manager sends) leaves nothing running.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../lib/db/embedded-postgres';
import { ensureBuild, ROOT } from '../../scripts/loadtest/harness';

// The secret demo mode used to sign sessions with, published in the repository.
const OLD_PUBLISHED_DEMO_SECRET = 'crosscheck-demo-secret-PUBLIC-never-use-in-production';

type Start = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

let dataDir: string;
let pgPort: number;
let appPort: number;
let stray: ChildProcess[] = [];

/** `npm start` (scripts/start.ts) in its own process group, on this test's data directory. */
function start(env: Record<string, string> = {}, command = [process.execPath, '--import', 'tsx', 'scripts/start.ts']): Start {
  const clean = { ...process.env };
  for (const name of ['DATABASE_URL', 'NEXTAUTH_SECRET', 'NEXTAUTH_URL', 'HOST', 'CROSSCHECK_DEMO_PUBLIC', 'CROSSCHECK_TRUSTED_PROXIES']) delete clean[name];
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...clean, CROSSCHECK_DATA_DIR: dataDir, CROSSCHECK_PG_PORT: String(pgPort), PORT: String(appPort), ...env },
  });
  stray.push(child);
  let out = '';
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function untilServing(s: Start, base = `http://127.0.0.1:${appPort}`): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (s.child.exitCode !== null) throw new Error(`npm start exited (${s.child.exitCode}):\n${s.output()}`);
    try {
      if ((await fetch(`${base}/api/v1/alignments`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`npm start did not answer within 150 s:\n${s.output()}`);
}

/** Processes still alive in a process group, and any postgres serving this test's data directory. */
function leftovers(groupId: number): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      if (fields[0] === 'Z') continue;
      if (Number(fields[2]) === groupId || cmdline.includes(dataDir)) found.push(`${pid} ${cmdline}`);
    } catch {
      // ended while we looked
    }
  }
  return found;
}

async function stopWithSigterm(s: Start): Promise<{ code: number | null; left: string[] }> {
  const group = s.child.pid!;
  s.child.kill('SIGTERM');
  const code = await Promise.race([s.exited, new Promise<null>((r) => setTimeout(() => r(null), 20_000))]);
  // PostgreSQL gets its stop signal before the start script exits; give it a moment to finish.
  const deadline = Date.now() + 10_000;
  let left = leftovers(group);
  while (left.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    left = leftovers(group);
  }
  return { code, left };
}

function nonLoopbackIPv4(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

async function canConnect(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

/** A session cookie for the demo admin, signed the way next-auth signs one, with `secret`. */
async function adminCookie(secret: string): Promise<string> {
  const c = new pg.Client({ connectionString: `postgresql://postgres:crosscheck@127.0.0.1:${pgPort}/crosscheck` });
  await c.connect();
  const { rows } = await c.query(`SELECT id, session_version FROM users WHERE email = 'admin@crosscheck.test'`);
  await c.end();
  const token = await encode({
    token: { sub: String(rows[0].id), sv: rows[0].session_version, email: 'admin@crosscheck.test', name: 'Demo Admin' },
    secret,
  });
  return `next-auth.session-token=${token}`;
}

async function sessionEmail(cookie: string): Promise<string | undefined> {
  const r = await fetch(`http://127.0.0.1:${appPort}/api/auth/session`, { headers: { cookie } });
  return ((await r.json()) as { user?: { email?: string } }).user?.email;
}

async function createTokenAs(cookie: string): Promise<number> {
  const base = `http://127.0.0.1:${appPort}`;
  const r = await fetch(`${base}/api/v1/tokens`, {
    method: 'POST',
    headers: { cookie, origin: `http://localhost:${appPort}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'forged' }),
  });
  return r.status;
}

const secretFile = () => path.join(dataDir, 'auth-secret');
const modeOf = (file: string) => statSync(file).mode & 0o777;

beforeAll(async () => {
  ensureBuild(() => {}, process.env.HARDENING_REBUILD ? 'auto' : 'reuse');
  dataDir = mkdtempSync(path.join(tmpdir(), 'crosscheck-demo-start-'));
  chmodSync(dataDir, 0o755);
  pgPort = await findFreePort();
  appPort = await findFreePort();
});

afterAll(() => {
  for (const c of stray) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on the embedded database', () => {
  let firstSecret: string;

  it('makes a random secret (mode 0600), listens on 127.0.0.1 only, refuses sessions signed with the old published secret, and SIGTERM leaves no process', async () => {
    const s = start();
    await untilServing(s);

    expect(modeOf(secretFile())).toBe(0o600);
    firstSecret = readFileSync(secretFile(), 'utf8').trim();
    expect(Buffer.from(firstSecret, 'base64')).toHaveLength(32);
    expect(s.output()).not.toMatch(/PUBLIC demo secret/);

    // The same claims: refused with the published secret, accepted with the instance's own.
    const forged = await adminCookie(OLD_PUBLISHED_DEMO_SECRET);
    expect(await sessionEmail(forged)).toBeUndefined();
    expect(await createTokenAs(forged)).toBe(401);
    expect(await sessionEmail(await adminCookie(firstSecret))).toBe('admin@crosscheck.test');

    const outside = nonLoopbackIPv4();
    if (outside) expect(await canConnect(`http://${outside}:${appPort}/api/v1/alignments`), `reachable on ${outside}`).toBe(false);
    else console.warn('No non-loopback IPv4 address on this machine: the "not reachable from outside" check was skipped.');

    const { code, left } = await stopWithSigterm(s);
    expect(code, s.output()).toBe(0);
    expect(left).toEqual([]);
  }, 240_000);

  it('on a non-loopback HOST with the demo accounts present it refuses to start, says why, and leaves no process', async () => {
    const s = start({ HOST: '0.0.0.0' });
    const code = await Promise.race([s.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 120_000))]);
    expect(code, s.output()).toBe(1);
    expect(s.output()).toMatch(/demo accounts \(reviewer@crosscheck\.test, editor@crosscheck\.test, admin@crosscheck\.test\)/);
    expect(s.output()).toMatch(/CROSSCHECK_DEMO_PUBLIC=1/);
    expect(await canConnect(`http://127.0.0.1:${appPort}/api/v1/alignments`)).toBe(false);
    const { left } = await stopWithSigterm(s);
    expect(left).toEqual([]);
  }, 180_000);

  it('with CROSSCHECK_DEMO_PUBLIC=1 it starts on 0.0.0.0 with a warning, reusing the secret (tightened back to 0600)', async () => {
    chmodSync(secretFile(), 0o644);
    const s = start({ HOST: '0.0.0.0', CROSSCHECK_DEMO_PUBLIC: '1' });
    await untilServing(s);
    expect(s.output()).toMatch(/CROSSCHECK_DEMO_PUBLIC=1: the demo accounts/);
    expect(readFileSync(secretFile(), 'utf8').trim()).toBe(firstSecret);
    expect(modeOf(secretFile())).toBe(0o600);
    // Sessions from the first start still hold; the published secret still does not.
    expect(await sessionEmail(await adminCookie(firstSecret))).toBe('admin@crosscheck.test');
    expect(await sessionEmail(await adminCookie(OLD_PUBLISHED_DEMO_SECRET))).toBeUndefined();
    const outside = nonLoopbackIPv4();
    if (outside) expect(await canConnect(`http://${outside}:${appPort}/api/v1/alignments`)).toBe(true);
    const { code, left } = await stopWithSigterm(s);
    expect(code, s.output()).toBe(0);
    expect(left).toEqual([]);
  }, 240_000);

  it('through npm itself, SIGTERM to npm (as a container runtime sends to its first process) leaves no process', async () => {
    const s = start({}, ['npm', 'start']);
    await untilServing(s);
    const { code, left } = await stopWithSigterm(s);
    expect(code, s.output()).not.toBeNull();
    expect(left).toEqual([]);
  }, 240_000);
});
