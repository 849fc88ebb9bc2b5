import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';
import { noteDatabaseOutcome } from '@/lib/db/db-unavailable';

// One client per process. Construction does not connect (the pool connects at the first
// query), so `next build` can import modules that use it without a database.
const globalForPrisma = globalThis as unknown as { crosscheckPrisma?: PrismaClient; crosscheckPool?: pg.Pool };

function createClient(): PrismaClient {
  // The pool is ours so that hot reads can use it directly (queryRows); Prisma still ends it
  // on $disconnect, as it did when it made the pool itself.
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  globalForPrisma.crosscheckPool = pool;
  reportHealth(pool);
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

/**
 * Every statement outside a transaction, and every checkout for one, goes through pool.query or
 * pool.connect (adapter-pg and queryRows alike): their outcome keeps the health flag that the
 * proxy reads to answer pages with 503 during an outage. Callback forms pass through untouched.
 */
function reportHealth(pool: pg.Pool): void {
  const watch = <T>(result: Promise<T>) =>
    result.then(
      (value) => (noteDatabaseOutcome(), value),
      (error: unknown) => {
        noteDatabaseOutcome(error ?? new Error('unknown database failure'));
        throw error;
      },
    );
  for (const method of ['query', 'connect'] as const) {
    const original = (pool[method] as (...args: unknown[]) => unknown).bind(pool);
    (pool as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const result = original(...args);
      return typeof args.at(-1) === 'function' ? result : watch(result as Promise<unknown>);
    };
  }
}

export const db: PrismaClient = globalForPrisma.crosscheckPrisma ?? createClient();
globalForPrisma.crosscheckPrisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

// Statements kept prepared on every pooled connection: bounded, since each holds a plan.
const MAX_PREPARED = 32;
const preparedNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `cc_${createHash('sha1').update(text).digest('hex')}`;
    preparedNames.set(text, name);
  }
  return name;
}

/**
 * Rows of one read statement through pg itself, for the few reads that run hundreds of times a
 * second (the claims list API, issue 6): `$queryRaw` costs about half a millisecond of CPU more
 * per statement. Values come back as pg parses them (Date for timestamps, objects for json,
 * numbers for int2/int4), which is what `$queryRaw` returns for those types; int8 and numeric
 * would come back as strings, so select neither. `prepare` keeps the statement's plan on each
 * connection: only for statements whose best plan does not depend on the values bound.
 * Outside a transaction; after `db.$disconnect()` it goes through Prisma.
 */
export async function queryRows<T>(query: Prisma.Sql, options: { prepare?: boolean } = {}): Promise<T[]> {
  const pool = globalForPrisma.crosscheckPool;
  if (!pool || pool.ending || pool.ended) return db.$queryRaw<T[]>(query);
  const name = options.prepare ? statementName(query.text) : undefined;
  const result = await pool.query<T & pg.QueryResultRow>({ text: query.text, values: query.values, name });
  return result.rows;
}
