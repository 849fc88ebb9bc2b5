// The embedded demo's session secret: made at random on first start, kept beside the data so
// sessions survive restarts, readable by the owner only. A secret in the source code would be
// a secret everyone has.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fstatSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';

export const AUTH_SECRET_FILE = 'auth-secret';

export type StoredSecret = { secret: string; file: string; created: boolean; tightened: boolean };

/**
 * Reads `<dataDir>/auth-secret`, creating it (mode 0600) when missing. A file others could
 * read is tightened to 0600; a symlink or a secret too short to sign with is refused.
 */
export function ensureStoredAuthSecret(dataDir: string): StoredSecret {
  const file = path.join(dataDir, AUTH_SECRET_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // O_EXCL never follows or overwrites; a racing second start reads the winner's file below.
    const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    const secret = randomBytes(32).toString('base64');
    try {
      writeSync(fd, `${secret}\n`);
    } finally {
      closeSync(fd);
    }
    return { secret, file, created: true, tightened: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new Error(`${file} is a symbolic link; remove it and start again.`);
    throw e;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${file} is not a regular file; remove it and start again.`);
    const tightened = (stat.mode & 0o077) !== 0;
    if (tightened) fchmodSync(fd, 0o600);
    const secret = readFileSync(fd, 'utf8').trim();
    if (secret.length < 16) throw new Error(`${file} holds no usable secret (under 16 characters); remove it and start again.`);
    return { secret, file, created: false, tightened };
  } finally {
    closeSync(fd);
  }
}
