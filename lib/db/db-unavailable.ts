// What "the database is unavailable" looks like from here. Prisma 7 with adapter-pg reports it
// several ways, seen by stopping PostgreSQL and terminating backends under load
// (test/faults/db-outage.test.ts): P1001/P1017 on model queries, P2010 on raw queries with the
// adapter's cause (kind DatabaseNotReachable, or PostgreSQL's 57P01 "terminating connection"),
// and pg's own plain Error when a pooled connection died inside a transaction.
const CODES = new Set([
  'P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028',
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE',
  // PostgreSQL: admin/crash shutdown, cannot connect now, connection exceptions, too many connections.
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300',
]);
const KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TransactionAlreadyClosed']);
const MESSAGES = /Can't reach database server|Connection terminated|connection error and is not queryable|Server has closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false;
  const err = e as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  if (typeof err.code === 'string' && CODES.has(err.code)) return true;
  if (typeof err.kind === 'string' && KINDS.has(err.kind)) return true;
  if (typeof err.originalCode === 'string' && CODES.has(err.originalCode)) return true;
  if (typeof err.message === 'string' && MESSAGES.test(err.message)) return true;
  // P2010 is any failed raw query: only the adapter's cause says whether the database went away.
  return isDatabaseUnavailable(err.meta?.driverAdapterError?.cause, depth + 1) || isDatabaseUnavailable(err.cause, depth + 1);
}

// When a query last failed because the database was unreachable, cleared by the next success.
// On globalThis because proxy.ts is bundled apart from the route code: in one `next start`
// process both see the same flag, but a host may run the proxy elsewhere, so the proxy treats it
// as a hint to probe now and never as the only signal (see database-probe.ts).
type Health = { lastFailureAt: number | null };
const shared = globalThis as unknown as { crosscheckDatabaseHealth?: Health };
const health: Health = (shared.crosscheckDatabaseHealth ??= { lastFailureAt: null });

export function noteDatabaseOutcome(error?: unknown): void {
  if (error === undefined) health.lastFailureAt = null;
  else if (isDatabaseUnavailable(error)) health.lastFailureAt = Date.now();
}

export function lastDatabaseFailureAt(): number | null {
  return health.lastFailureAt;
}
