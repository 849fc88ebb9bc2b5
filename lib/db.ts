// The one way into PostgreSQL (docs/decisions/007-database-access.md): `db` (Prisma) for
// ordinary reads and writes; sqlRows/sqlExecute, on the same pool, for what Prisma cannot say.
export { db, connectionSettings, type Db, type Tx } from './db/client';
export { sqlRows, sqlExecute, sqlIdentifier, type SqlOptions } from './db/raw-sql';
