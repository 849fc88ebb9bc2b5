// Run as root, embedded PostgreSQL runs as the `postgres` user. That user must be able to walk
// down to its binaries and its data directory; a clone under /root (mode 0700) lets it reach
// neither, and initdb then dies with a bare `spawn … EACCES`. This finds the blocking directory
// from the permission bits first, so the start can say what is wrong and what to do.
import { execFileSync } from 'node:child_process';
import { realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

export type UnixAccount = { name: string; uid: number; gids: number[] };

const OWNER = 0o100;
const GROUP = 0o010;
const OTHER = 0o001;

/** Whether `account` has permission `bit` (execute 1, write 2, read 4) on a file of this mode. */
function permits(stat: Pick<Stats, 'uid' | 'gid' | 'mode'>, account: UnixAccount, bit: 1 | 2 | 4): boolean {
  if (account.uid === 0) return true;
  if (stat.uid === account.uid) return (stat.mode & (OWNER * bit)) !== 0;
  if (account.gids.includes(stat.gid)) return (stat.mode & (GROUP * bit)) !== 0;
  return (stat.mode & (OTHER * bit)) !== 0;
}

export type Blocked = { path: string; mode: string; owner: number; needs: 'enter' | 'write in' | 'run' };

/**
 * The first path on the way to `target` that `account` cannot pass: every ancestor needs
 * search (x) permission, and the target itself needs `finalNeeds`. Null when all is well.
 */
export function findBlockedPath(target: string, account: UnixAccount, finalNeeds: 'write in' | 'run'): Blocked | null {
  const absolute = realpathSync(path.resolve(target));
  const parts = absolute.split(path.sep).filter(Boolean);
  const chain = ['/', ...parts.map((_, i) => '/' + parts.slice(0, i + 1).join('/'))];
  for (const [i, p] of chain.entries()) {
    const stat = statSync(p);
    const last = i === chain.length - 1;
    const blocked = (needs: Blocked['needs']): Blocked => ({ path: p, mode: (stat.mode & 0o7777).toString(8).padStart(4, '0'), owner: stat.uid, needs });
    if (finalNeeds === 'run' && last) {
      if (!permits(stat, account, 1)) return blocked('run');
    } else {
      if (!permits(stat, account, 1)) return blocked('enter');
      if (last && !permits(stat, account, 2)) return blocked('write in');
    }
  }
  return null;
}

export function lookUpAccount(name: string): UnixAccount {
  const id = (flag: string) => execFileSync('id', [flag, name]).toString().trim();
  return { name, uid: Number(id('-u')), gids: id('-G').split(/\s+/).map(Number) };
}

/** The sentence the start prints instead of `spawn … EACCES`. */
export function describeBlockedPath(blocked: Blocked, account: UnixAccount, what: string): string {
  return (
    `embedded PostgreSQL runs as the "${account.name}" user (PostgreSQL refuses to run as root), and that user cannot ` +
    `${blocked.needs} ${blocked.path} (mode ${blocked.mode}, owner uid ${blocked.owner}), so it cannot reach ${what}. ` +
    'Clone Crosscheck to a directory every user can enter (for example under /srv or /work, not /root), ' +
    'or set DATABASE_URL to a PostgreSQL server of your own.'
  );
}
