// `npm run users -- create …` makes the first admin with a password read from standard input.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { signInWithPassword } from '@/lib/auth/sign-in.server';
import { uniq } from '../helpers/auth-fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (args: string[], input: string) =>
  spawnSync('npx', ['tsx', 'scripts/users.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', env: process.env, timeout: 60_000 });

describe('scripts/users.ts', () => {
  it('creates an admin with the password from stdin, then resets it when run again', async () => {
    const email = `${uniq('first-admin')}@crosscheck.test`;
    const created = run(['create', '--email', email, '--role', 'admin', '--name', 'First Admin'], 'a first admin passphrase\n');
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain(`Created ${email} (admin, active)`);
    expect(await signInWithPassword({ email, password: 'a first admin passphrase' }, uniq('ip'))).toMatchObject({ role: 'admin' });

    const reset = run(['create', '--email', email, '--role', 'editor'], 'another long passphrase');
    expect(reset.stdout).toContain(`Updated ${email} (editor, active); their signed-in sessions have ended.`);
    expect(await signInWithPassword({ email, password: 'another long passphrase' }, uniq('ip'))).toMatchObject({ role: 'editor' });
    expect(await db.auditEntry.count({ where: { entityType: 'user', action: { startsWith: 'user.' }, actorId: null, after: { path: ['email'], equals: email } } })).toBe(2);
  }, 90_000);

  it('refuses a short or common password and bad arguments without creating anyone', async () => {
    const email = `${uniq('nobody')}@crosscheck.test`;
    const short = run(['create', '--email', email, '--role', 'admin'], 'short');
    expect(short.status).not.toBe(0);
    expect(short.stderr).toContain('at least 12');
    const common = run(['create', '--email', email, '--role', 'admin'], 'password1234');
    expect(common.status).not.toBe(0);
    expect(common.stderr).toContain('too easy to guess');
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(run(['create', '--email', email], 'whatever long enough').status).toBe(2);
  }, 90_000);
});
