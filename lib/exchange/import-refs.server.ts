import 'server-only';
import type { Tx } from '@/lib/db';
import type { LineIssues } from './parse-archive';

export type RefKind = 'source' | 'document' | 'event' | 'claim' | 'attribution';

export const chunks = <T>(rows: T[], size = 1000): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

type Finder = (tx: Tx, keys: string[]) => Promise<{ id: number; key: string }[]>;
const byExternalId = (model: 'source' | 'document' | 'event' | 'claim' | 'attribution'): Finder => async (tx, keys) => {
  const delegate = tx[model] as unknown as { findMany: (a: object) => Promise<{ id: number; externalId: string }[]> };
  const rows = await delegate.findMany({ where: { externalId: { in: keys } }, select: { id: true, externalId: true } });
  return rows.map((r) => ({ id: r.id, key: r.externalId }));
};
const FINDERS: Record<RefKind, Finder> = {
  source: byExternalId('source'),
  document: byExternalId('document'),
  event: byExternalId('event'),
  claim: byExternalId('claim'),
  attribution: byExternalId('attribution'),
};

/**
 * External id → database id, for rows in the file and rows already in the
 * database. `created` holds what this import made: only those get their children.
 */
export class RefResolver {
  private readonly ids = new Map<RefKind, Map<string, number>>();
  readonly created = new Map<RefKind, Set<string>>();
  constructor(private readonly tx: Tx) {}

  private map(kind: RefKind) {
    let m = this.ids.get(kind);
    if (!m) this.ids.set(kind, (m = new Map()));
    return m;
  }

  /** Looks up the keys not yet known; returns the ones the database already has. */
  async load(kind: RefKind, keys: Iterable<string | null>): Promise<Set<string>> {
    const m = this.map(kind);
    const wanted = [...new Set([...keys].filter((k): k is string => k !== null && !m.has(k)))];
    const found = new Set<string>();
    for (const part of chunks(wanted, 5000)) {
      for (const row of await FINDERS[kind](this.tx, part)) {
        m.set(row.key, row.id);
        found.add(row.key);
      }
    }
    return found;
  }

  set(kind: RefKind, key: string, id: number, created: boolean) {
    this.map(kind).set(key, id);
    if (created) {
      let s = this.created.get(kind);
      if (!s) this.created.set(kind, (s = new Set()));
      s.add(key);
    }
  }

  has(kind: RefKind, key: string) {
    return this.map(kind).has(key);
  }

  isCreated(kind: RefKind, key: string) {
    return this.created.get(kind)?.has(key) ?? false;
  }

  /** The id for a reference; an unknown one is a line-numbered problem. */
  id(kind: RefKind, key: string | null, line: number, issues: LineIssues): number | null {
    if (key === null) return null;
    const id = this.map(kind).get(key);
    if (id === undefined) {
      issues.add(line, `refers to unknown ${kind} ${key}`);
      return -1;
    }
    return id;
  }
}

export type Column = readonly [name: string, pgType: string];

/**
 * One INSERT … SELECT FROM unnest(arrays) per chunk: bulk rows as a handful of array
 * parameters, far faster than row-by-row ORM inserts for the big tables (claims,
 * attributions). Table and column names come from callers' constants, values are bound.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly Column[], rows: unknown[][], size = 5000): Promise<{ id: number; external_id: string | null }[]> {
  const out: { id: number; external_id: string | null }[] = [];
  const names = columns.map(([n]) => `"${n}"`).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const returning = columns.some(([n]) => n === 'external_id') ? 'id, external_id' : 'id, NULL::text AS external_id';
  for (const part of chunks(rows, size)) {
    const params = columns.map((_, i) => part.map((r) => r[i]));
    out.push(...(await tx.$queryRawUnsafe<{ id: number; external_id: string | null }[]>(
      `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays}) RETURNING ${returning}`, ...params,
    )));
  }
  return out;
}
