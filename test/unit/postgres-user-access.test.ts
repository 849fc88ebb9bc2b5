// A clone under a directory the `postgres` user cannot enter (like /root, mode 0700) must be
// caught before initdb runs. The permission-bit check is compared with what the postgres user
// can really do (runuser), so the check cannot drift from the kernel's answer.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBlockedPath, findBlockedPath, lookUpAccount, type UnixAccount } from '@/lib/db/postgres-user-access';

const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-pg-access-'));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const hasPostgresUser = spawnSync('id', ['-u', 'postgres']).status === 0;
const asRootWithPostgres = process.getuid?.() === 0 && hasPostgresUser;
const reason = 'needs root and a postgres user, as embedded PostgreSQL does when it runs as root';

/** What the kernel says: can the postgres user enter and write in `dir`? */
const postgresCanWriteIn = (dir: string) => spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-w', dir, '-a', '-x', dir]).status === 0;

describe.skipIf(!asRootWithPostgres)(`the postgres user's access to the data directory (${reason})`, () => {
  const postgres = asRootWithPostgres ? lookUpAccount('postgres') : ({ name: 'postgres', uid: -1, gids: [] } as UnixAccount);

  function dataDirUnder(parentMode: number): { parent: string; data: string } {
    const parent = mkdtempSync(path.join(root, 'clone-'));
    chmodSync(parent, 0o755);
    const data = path.join(parent, '.data');
    mkdirSync(data);
    chownSync(data, postgres.uid, postgres.gids[0]);
    chmodSync(parent, parentMode);
    return { parent, data };
  }

  it('finds the 0700 parent that blocks it, as the kernel does, and says what to do', () => {
    const { parent, data } = dataDirUnder(0o700);
    expect(postgresCanWriteIn(data)).toBe(false);
    const blocked = findBlockedPath(data, postgres, 'write in');
    expect(blocked).toMatchObject({ path: parent, mode: '0700', needs: 'enter' });
    const message = describeBlockedPath(blocked!, postgres, `its data directory ${data}`);
    expect(message).toMatch(/cannot enter .*mode 0700/);
    expect(message).toMatch(/\/srv or \/work/);
    expect(message).toMatch(/DATABASE_URL/);
  });

  it('passes a data directory under a parent everyone can enter', () => {
    const { data } = dataDirUnder(0o755);
    expect(postgresCanWriteIn(data)).toBe(true);
    expect(findBlockedPath(data, postgres, 'write in')).toBeNull();
  });

  it('finds a data directory the postgres user may enter but not write in', () => {
    const { data } = dataDirUnder(0o755);
    chownSync(data, 0, 0);
    chmodSync(data, 0o755);
    expect(postgresCanWriteIn(data)).toBe(false);
    expect(findBlockedPath(data, postgres, 'write in')).toMatchObject({ path: data, needs: 'write in' });
  });

  it('finds a program the postgres user cannot run', () => {
    const { parent } = dataDirUnder(0o700);
    expect(findBlockedPath(path.join(parent, '.data'), postgres, 'run')).toMatchObject({ path: parent, needs: 'enter' });
  });

  it('the embedded start refuses a data directory under a 0700 parent with that message, before initdb', async () => {
    const { data } = dataDirUnder(0o700);
    const { startEmbeddedPostgres } = await import('@/lib/db/embedded-postgres');
    await expect(startEmbeddedPostgres({ dataDir: data, quiet: true })).rejects.toThrow(/cannot enter .*Clone Crosscheck/);
  });
});
