// The demo accounts' password is published. A server that holds them may listen on loopback;
// anywhere else it needs the operator's explicit CROSSCHECK_DEMO_PUBLIC=1.
import pg from 'pg';
import { DEMO_ACCOUNTS } from '../seed/demo-data';
import { parseAddress } from '@/lib/net/ip-address';

const DEMO_EMAILS = DEMO_ACCOUNTS.map((a) => a.email);

/** Only loopback addresses (and `localhost`) count; no host at all means every interface. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  if (host.toLowerCase() === 'localhost') return true;
  return parseAddress(host)?.range() === 'loopback';
}

/** The demo accounts that exist and can sign in, by their exact emails. */
export async function activeDemoAccounts(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(
      `SELECT email FROM users WHERE email = ANY($1::text[]) AND status = 'active' ORDER BY id`,
      [DEMO_EMAILS],
    );
    return rows.map((r) => r.email);
  } finally {
    await client.end();
  }
}

export type DemoExposure = { refuse: string } | { warn: string } | null;

export function judgeDemoExposure(host: string | undefined, demoAccounts: string[], allowPublic: boolean): DemoExposure {
  if (isLoopbackHost(host) || demoAccounts.length === 0) return null;
  const where = host ?? 'every network interface';
  const accounts = demoAccounts.join(', ');
  if (allowPublic) {
    return {
      warn:
        `!!! CROSSCHECK_DEMO_PUBLIC=1: the demo accounts (${accounts}), whose password is published, ` +
        `can sign in from any machine that reaches ${where}.`,
    };
  }
  return {
    refuse:
      `this database has the demo accounts (${accounts}), whose password is published, and the server ` +
      `would listen on ${where}, reachable from other machines. Listen on 127.0.0.1 (leave HOST unset ` +
      'for the embedded database), disable the demo accounts on /admin/users, or set CROSSCHECK_DEMO_PUBLIC=1 ' +
      'to expose them on purpose.',
  };
}
