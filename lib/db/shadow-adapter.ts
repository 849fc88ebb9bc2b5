// A driver-adapter factory for the wasm schema engine, working around three
// problems of @prisma/adapter-pg 7.10.1 when used for migrations:
//  - its shadow database handling: with a connection string the URL's database
//    wins over the shadow's name (so the "shadow" is the main database), with a
//    pg.Pool the password is lost, and it drops the shadow before closing the
//    pool that is still connected to it, so the DROP fails and the shadow stays;
//  - introspection reads PostgreSQL's internal "char" type (OID 18), which the
//    adapter refuses to deserialise; the engine accepts it as `Character`
//    (relabelling it as text makes the engine panic);
//  - its executeScript splits on every ";", which breaks hand-written SQL with
//    semicolons in function bodies, string literals or comments.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';

const SHADOW_PREFIX = 'prisma_migrate_shadow_db_';
const CHAR_OID = 18;
const TEXT_OID = 25;
// Set on a result's rows array (which queryRaw returns as-is) so the adapter
// wrapper knows which columns were "char" without sharing state between queries.
const CHAR_COLUMNS = Symbol('charColumns');

type TaggedRows = unknown[] & { [CHAR_COLUMNS]?: number[] };

export interface MigrationAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends every pool and drops every database this adapter created. */
  close(): Promise<void>;
}

/**
 * With `scratch`, the engine's main connection also goes to a fresh throwaway
 * database instead of `databaseUrl`'s, which is then only used to create and
 * drop databases.
 */
export function createMigrationAdapter(
  databaseUrl: string,
  opts: { scratch?: boolean } = {},
): MigrationAdapter {
  const pools: pg.Pool[] = [];
  const created = new Set<string>();
  let leftoversDropped: Promise<void> | undefined;

  const openPool = (connectionString: string): pg.Pool => {
    // No idle timeout: a database of ours keeps connections while in use, which
    // is how dropLeftovers tells a concurrent run's database from a dead one.
    const pool = relabelCharColumns(
      new pg.Pool({ connectionString, max: 4, idleTimeoutMillis: 0 }),
    );
    // An idle client dying (e.g. its database being force-dropped) must not crash the process.
    pool.on('error', () => {});
    pools.push(pool);
    return pool;
  };

  const admin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };

  const dropDatabase = async (name: string): Promise<void> => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    created.delete(name);
  };

  // Databases of crashed runs have no connections; one in use by a concurrent
  // run does, so a non-forced DROP fails for it and it is left alone.
  const dropLeftovers = () =>
    admin(async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [SHADOW_PREFIX],
      );
      for (const { datname } of rows) await c.query(`DROP DATABASE "${datname}"`).catch(() => {});
    });

  const connect = async (pool: pg.Pool, dispose: () => Promise<void>) =>
    wrapAdapter(await new PrismaPg(pool).connect(), pool, dispose);

  const connectToNewDatabase = async () => {
    leftoversDropped ??= dropLeftovers();
    await leftoversDropped;
    const name = SHADOW_PREFIX + randomUUID().replaceAll('-', '');
    await admin((c) => c.query(`CREATE DATABASE "${name}"`));
    created.add(name);
    const pool = openPool(withDatabase(databaseUrl, name));
    // Close our connections first, or the DROP waits on (or fails because of) them.
    return connect(pool, async () => {
      await endPool(pool);
      await dropDatabase(name);
    });
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect() {
      if (opts.scratch) return connectToNewDatabase();
      const pool = openPool(databaseUrl);
      return connect(pool, () => endPool(pool));
    },
    connectToShadowDb: connectToNewDatabase,
  };

  return {
    factory,
    async close() {
      await Promise.all(pools.map(endPool));
      for (const name of [...created]) await dropDatabase(name);
    },
  };
}

// Rewriting the URL keeps every other setting in it (sslmode, host=, options).
function withDatabase(databaseUrl: string, database: string): string {
  if (!URL.canParse(databaseUrl)) {
    throw new Error(
      'Cannot derive other databases from this database URL; for a socket, write it as postgresql://user@localhost/db?host=/socket/dir',
    );
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function endPool(pool: pg.Pool): Promise<void> {
  if (!pool.ending && !pool.ended) await pool.end();
}

// The adapter always calls pool.query in its promise form; other forms pass through.
function relabelCharColumns(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    return result.then((res: pg.QueryResult | pg.QueryResult[]) => {
      if (Array.isArray(res) || !res?.fields) return res;
      const charColumns: number[] = [];
      res.fields.forEach((field, i) => {
        if (field.dataTypeID !== CHAR_OID) return;
        field.dataTypeID = TEXT_OID;
        charColumns.push(i);
      });
      if (charColumns.length > 0) (res.rows as TaggedRows)[CHAR_COLUMNS] = charColumns;
      return res;
    });
  };
  pool.query = patched as typeof pool.query;
  return pool;
}

function wrapAdapter(
  inner: SqlDriverAdapter,
  pool: pg.Pool,
  dispose: () => Promise<void>,
): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async queryRaw(query) {
      const result = await inner.queryRaw(query);
      for (const i of (result.rows as TaggedRows)[CHAR_COLUMNS] ?? []) {
        result.columnTypes[i] = ColumnTypeEnum.Character;
      }
      return result;
    },
    executeRaw: (query) => inner.executeRaw(query),
    // One simple-protocol query runs the whole script, as Prisma's native engine does.
    async executeScript(script) {
      try {
        await pool.query(script);
      } catch (error) {
        throw toAdapterError(error);
      }
    },
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose,
  };
}

// The shape adapter-pg gives PostgreSQL errors, so the engine reports them (and
// records them in _prisma_migrations.logs) as it would the adapter's own.
function toAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return new DriverAdapterError({
    originalCode: error.code ?? 'N/A',
    originalMessage: error.message,
    kind: 'postgres',
    code: error.code ?? 'N/A',
    severity: error.severity ?? 'N/A',
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}
