import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureStoredAuthSecret } from '@/lib/auth/stored-auth-secret';

const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-secret-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => mkdtempSync(path.join(root, 'data-'));
const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('ensureStoredAuthSecret', () => {
  it('makes 32 random bytes, base64, readable by the owner only, and reuses them', () => {
    const dir = fresh();
    const first = ensureStoredAuthSecret(dir);
    expect(first.created).toBe(true);
    expect(Buffer.from(first.secret, 'base64')).toHaveLength(32);
    expect(modeOf(first.file)).toBe(0o600);
    const again = ensureStoredAuthSecret(dir);
    expect(again).toMatchObject({ secret: first.secret, created: false, tightened: false });
    expect(ensureStoredAuthSecret(fresh()).secret).not.toBe(first.secret);
  });

  it('tightens a file others can read back to 0600, keeping the secret', () => {
    const dir = fresh();
    const { secret, file } = ensureStoredAuthSecret(dir);
    chmodSync(file, 0o644);
    expect(ensureStoredAuthSecret(dir)).toMatchObject({ secret, tightened: true });
    expect(modeOf(file)).toBe(0o600);
  });

  it('refuses a symbolic link and a secret too short to sign with', () => {
    const linked = fresh();
    writeFileSync(path.join(root, 'elsewhere'), 'x'.repeat(40));
    symlinkSync(path.join(root, 'elsewhere'), path.join(linked, 'auth-secret'));
    expect(() => ensureStoredAuthSecret(linked)).toThrow(/symbolic link/);
    expect(readFileSync(path.join(root, 'elsewhere'), 'utf8')).toBe('x'.repeat(40));

    const short = fresh();
    writeFileSync(path.join(short, 'auth-secret'), 'short\n', { mode: 0o600 });
    expect(() => ensureStoredAuthSecret(short)).toThrow(/no usable secret/);
  });
});
