// Timing helpers: percentiles of sequential requests, raw SQL timings, throughput under load
// (autocannon) and page payload sizes.
import autocannon from 'autocannon';
import type pg from 'pg';

export type Percentiles = { n: number; p50: number; p95: number; p99: number; max: number };
export type Timed = { ms: number; status: number; bytes: number };

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1) ?? NaN) };
}

/** One GET, timed from request to the last byte of the body. */
export async function timedGet(url: string, headers: Record<string, string> = {}, redirect: RequestRedirect = 'manual'): Promise<Timed> {
  const started = performance.now();
  const res = await fetch(url, { headers, redirect });
  const body = new Uint8Array(await res.arrayBuffer());
  return { ms: performance.now() - started, status: res.status, bytes: body.byteLength };
}

export async function timedQuery(client: pg.Client, text: string, values: unknown[]): Promise<number> {
  const started = performance.now();
  await client.query(text, values);
  return performance.now() - started;
}

export type Throughput = { requestsPerSecond: number; non2xx: number; errors: number; latencyP99: number; durationSeconds: number };

export async function loadTest(url: string, connections: number, durationSeconds: number): Promise<Throughput> {
  const result = await autocannon({ url, connections, duration: durationSeconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    latencyP99: result.latency.p99,
    durationSeconds,
  };
}

/** HTML of a page (which carries its RSC payload inline) and the RSC payload a client
 *  navigation fetches. */
export async function pagePayload(url: string): Promise<{ status: number; htmlBytes: number; rscBytes: number }> {
  const html = await timedGet(url);
  // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to one.
  const rsc = await timedGet(url, { RSC: '1' }, 'follow');
  return { status: html.status, htmlBytes: html.bytes, rscBytes: rsc.bytes };
}
