import 'server-only';
import { sqlExecute, sqlIdentifier, sqlRows, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { chunks } from './find-references.server';

/** A column and its PostgreSQL type, from the caller's constants. */
export type Column = readonly [name: string, pgType: string];

/**
 * One INSERT … SELECT FROM unnest(arrays) per chunk: bulk rows as a handful of array
 * parameters, far faster than row-by-row ORM inserts for the big tables (claims,
 * attributions). Table, column and type names come from callers' constants; values are bound.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly Column[], rows: unknown[][], size = 5000): Promise<{ id: number; external_id: string | null }[]> {
  const out: { id: number; external_id: string | null }[] = [];
  const names = Prisma.join(columns.map(([name]) => sqlIdentifier(name)));
  const returning = Prisma.raw(columns.some(([n]) => n === 'external_id') ? 'id, external_id' : 'id, NULL::text AS external_id');
  for (const part of chunks(rows, size)) {
    const arrays = Prisma.join(columns.map(([, type], i) => Prisma.sql`${part.map((r) => r[i])}::${Prisma.raw(type)}[]`));
    out.push(...(await sqlRows<{ id: number; external_id: string | null }>(
      Prisma.sql`INSERT INTO ${sqlIdentifier(table)} (${names}) SELECT * FROM unnest(${arrays}) RETURNING ${returning}`, { tx },
    )));
  }
  return out;
}

/** Sets a self-reference (represents, republishes, merged into) once all rows of a table exist. */
export async function linkSelf(tx: Tx, table: string, column: string, pairs: [number, number][]) {
  for (const part of chunks(pairs, 5000)) {
    await sqlExecute(Prisma.sql`UPDATE ${sqlIdentifier(table)} t SET ${sqlIdentifier(column)} = v.target
      FROM unnest(${part.map((p) => p[0])}::int[], ${part.map((p) => p[1])}::int[]) AS v(id, target) WHERE t.id = v.id`, { tx });
  }
}
