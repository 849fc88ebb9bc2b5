// The production server under test: built when the build is missing or older than the
// sources, started on the benchmark's database, its resident memory sampled throughout.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'lib', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Builds unless `<distDir>/BUILD_ID` exists and is newer than every source file. */
export async function ensureBuild(distDir: string, force: boolean): Promise<'built' | 'reused'> {
  const buildId = path.join(distDir, 'BUILD_ID');
  const fresh = existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...SOURCE_DIRS.map(newestMtime));
  if (fresh && !force) return 'reused';
  await run('npx', ['next', 'build'], { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' });
  return 'built';
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export type RunningServer = { baseUrl: string; maxRssBytes: () => number; stop: () => Promise<void> };

export async function startServer(databaseUrl: string, port: number, distDir: string): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  // The app's own server (scripts/serve.ts), as in production: never a bare `next start`.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: distDir,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(24).toString('hex'),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  let maxRss = 0;
  const sampler = setInterval(() => {
    if (child.pid) maxRss = Math.max(maxRss, treeRssBytes(child.pid));
  }, 250);
  const stop = async () => {
    clearInterval(sampler);
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/claims?limit=1`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('The server did not answer within 120 s.');
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { baseUrl, maxRssBytes: () => maxRss, stop };
}
