// Shared e2e helpers: a fresh user per test made straight in the e2e database (its URL is
// written by scripts/e2e-server.ts), and sign-in over HTTP the way a browser does it: next-auth's
// CSRF token first, then the credentials callback. The context's cookies then carry the session.
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { hashPassword } from '../lib/auth/password';

export type Role = 'reviewer' | 'editor' | 'admin';
export type E2eUser = { id: number; email: string; name: string; password: string; role: Role };

/** Where scripts/e2e-server.ts wrote the database URL: one file per port, so runs on other ports never cross. */
export const databaseUrlFile = () => `.e2e/database-url-${process.env.E2E_PORT ?? '3210'}`;

export function databaseUrl(): string {
  const url = readFileSync(databaseUrlFile(), 'utf8').trim();
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) throw new Error(`Refusing a non-local e2e database (${host}).`);
  return url;
}

async function withClient<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createUser(role: Role, name?: string): Promise<E2eUser> {
  const tag = randomBytes(4).toString('hex');
  const email = `e2e-${role}-${tag}@crosscheck.test`;
  const password = `e2e passphrase ${tag}`;
  const displayName = name ?? `E2E ${role} ${tag}`;
  const passwordHash = await hashPassword(password);
  const id = await withClient(async (c) => {
    const { rows } = await c.query(
      `INSERT INTO users (email, name, role, status, password_hash, updated_at)
       VALUES ($1, $2, $3, 'active', $4, now()) RETURNING id`,
      [email, displayName, role, passwordHash],
    );
    return rows[0].id as number;
  });
  return { id, email, name: displayName, password, role };
}

/** Users stay (the audit log points at them); disabling makes them inert. */
export async function retireUser(user: E2eUser): Promise<void> {
  await withClient((c) => c.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [user.id]));
}

export async function signInOverHttp(context: BrowserContext, user: Pick<E2eUser, 'email' | 'password'>): Promise<void> {
  const csrf = await context.request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await context.request.post('/api/auth/callback/credentials', {
    form: { email: user.email, password: user.password, csrfToken, json: 'true', callbackUrl: '/' },
  });
  expect(res.ok(), `sign-in for ${user.email}: HTTP ${res.status()}`).toBe(true);
  const { url } = (await res.json()) as { url: string };
  expect(new URL(url).searchParams.get('error'), `sign-in for ${user.email}`).toBeNull();
}

/** Playwright's `test` with `makeUser(role)`: users made in a test are disabled after it. */
export const test = base.extend<{ makeUser: (role: Role, name?: string) => Promise<E2eUser> }>({
  makeUser: async ({}, use) => {
    const made: E2eUser[] = [];
    await use(async (role, name) => {
      const user = await createUser(role, name);
      made.push(user);
      return user;
    });
    for (const user of made) await retireUser(user);
  },
});

export { expect };
