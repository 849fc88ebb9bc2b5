import pg from 'pg';
import { getEnv } from '@/lib/env';
import { lastDatabaseFailureAt, noteDatabaseOutcome } from './db-unavailable';

// The proxy's own view of the database: one `SELECT 1` at most once a second (four times while
// it is down, to notice recovery promptly) on a connection of its own, never the app's pool,
// which an outage or a burst may have exhausted. The proxy may
// run apart from the route code, so it cannot count on the route code's flag; where it does see
// it, a failure newer than the last probe makes the next request wait for a fresh probe.
const PROBE_INTERVAL_MS = 1000;
const DOWN_PROBE_INTERVAL_MS = 250;
const PROBE_TIMEOUT_MS = 1000;

type ProbeState = { available: boolean; checkedAt: number; running: Promise<void> | null; pool: pg.Pool | null };
const state: ProbeState = { available: true, checkedAt: 0, running: null, pool: null };

function probePool(): pg.Pool {
  if (!state.pool) {
    state.pool = new pg.Pool({
      connectionString: getEnv().DATABASE_URL,
      max: 1,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      allowExitOnIdle: true,
    });
    // A dropped idle connection is reported here; the next probe finds out on its own.
    state.pool.on('error', () => {});
  }
  return state.pool;
}

function probe(): Promise<void> {
  state.running ??= (async () => {
    let available = false;
    try {
      await probePool().query('SELECT 1');
      available = true;
    } catch {
      // Unreachable, refused, timed out or terminated: all mean "not now".
    }
    state.available = available;
    state.checkedAt = Date.now();
    state.running = null;
    if (available) noteDatabaseOutcome();
  })();
  return state.running;
}

/**
 * Whether pages should answer "unavailable" now. While the database looks healthy the re-probe
 * runs in the background and no request waits for it; once it looks down (or the route code
 * saw a connection failure since the last probe), a request waits for a fresh probe, bounded by
 * the probe's timeout, so recovery is noticed within a quarter of a second.
 */
export async function isDatabaseDown(now = Date.now()): Promise<boolean> {
  if (!getEnv().DATABASE_URL) return false;
  if (now - state.checkedAt >= (state.available ? PROBE_INTERVAL_MS : DOWN_PROBE_INTERVAL_MS)) {
    const suspect = !state.available || (lastDatabaseFailureAt() ?? 0) > state.checkedAt;
    if (suspect) await probe();
    else void probe();
  }
  return !state.available;
}
