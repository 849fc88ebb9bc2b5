import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getEnv } from '@/lib/env';
import { noteDatabaseOutcome } from './db-unavailable';

// One client and one pool per process (kept on globalThis so a dev reload does not open more).
// Construction does not connect (the pool connects at the first query), so `next build` can
// import modules that use it without a database.
const globalForPrisma = globalThis as unknown as { crosscheckPrisma?: PrismaClient; crosscheckPool?: pg.Pool };

/** Where the database is and how many connections this process may hold, from the environment. */
export function connectionSettings(): { url: string | undefined; poolSize: number } {
  const env = getEnv();
  return { url: env.DATABASE_URL, poolSize: env.DB_POOL_SIZE };
}

function createClient(): PrismaClient {
  // The pool is ours so that raw statements (sqlRows) run on the same connections as Prisma's;
  // Prisma still ends it on $disconnect, as it did when it made the pool itself.
  const { url, poolSize } = connectionSettings();
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  globalForPrisma.crosscheckPool = pool;
  reportHealth(pool);
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

/**
 * Every statement outside a transaction, and every checkout for one, goes through pool.query or
 * pool.connect (adapter-pg and sqlRows alike): their outcome keeps the health flag that the
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

/** The pool under `db`, or undefined once `db.$disconnect()` has ended it. */
export function livePool(): pg.Pool | undefined {
  const pool = globalForPrisma.crosscheckPool;
  return pool && !pool.ending && !pool.ended ? pool : undefined;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
