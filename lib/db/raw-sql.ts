import { createHash } from 'node:crypto';
import type pg from 'pg';
import { Prisma } from '@/lib/generated/prisma/client';
import { db, livePool, type Tx } from './client';

// The one way to run SQL that Prisma's query builder cannot say (docs/decisions/007): always a
// Prisma.sql template, so every value is a bound parameter.

export type SqlOptions = {
  /** Run inside this interactive transaction: sees its uncommitted rows, rolls back with it. */
  tx?: Tx;
  /**
   * Keep the statement's plan on each pooled connection (outside transactions only): for
   * statements run many times a second whose best plan does not depend on the values bound.
   */
  prepare?: boolean;
};

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

function onPool(pool: pg.Pool, query: Prisma.Sql, prepare: boolean | undefined) {
  const name = prepare ? statementName(query.text) : undefined;
  return pool.query({ text: query.text, values: query.values, name });
}

/**
 * Rows of one statement. Outside a transaction it goes to pg on the pool Prisma uses, about half
 * a millisecond of CPU cheaper than `$queryRaw`. Values come back as pg parses them: Date for
 * timestamptz, objects for json, numbers for int2/int4/float8, arrays for arrays, which is what
 * `$queryRaw` returns for those types; int8 and numeric would come back as strings (Prisma:
 * bigint and Decimal), so cast counts to int and select no numeric. Inside `tx` (and after
 * `db.$disconnect()`) it goes through Prisma.
 */
export async function sqlRows<T>(query: Prisma.Sql, options: SqlOptions = {}): Promise<T[]> {
  if (options.tx) return options.tx.$queryRaw<T[]>(query);
  const pool = livePool();
  if (!pool) return db.$queryRaw<T[]>(query);
  return (await onPool(pool, query, options.prepare)).rows as T[];
}

/** A statement run for its effect; returns how many rows it touched. */
export async function sqlExecute(query: Prisma.Sql, options: SqlOptions = {}): Promise<number> {
  if (options.tx) return options.tx.$executeRaw(query);
  const pool = livePool();
  if (!pool) return db.$executeRaw(query);
  return (await onPool(pool, query, options.prepare)).rowCount ?? 0;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * A table or column name written into the statement, quoted, for names that come from the
 * code's own constants (bulk statements over several tables). Anything but a plain lower-case
 * name is refused, so a value can never reach the SQL text this way.
 */
export function sqlIdentifier(name: string): Prisma.Sql {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${JSON.stringify(name)}`);
  return Prisma.raw(`"${name}"`);
}
