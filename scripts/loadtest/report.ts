// Per-route figures and the Markdown table the load test prints and saves.
import type { Sample } from './workload';
import type { Verification } from './verify';

export type RouteStats = {
  route: string; requests: number; ok: number; conflicts: number; unavailable: number; errors: number; timeouts: number;
  p50: number; p95: number; p99: number; max: number;
};

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function routeStats(samples: Sample[]): RouteStats[] {
  const byRoute = new Map<string, Sample[]>();
  for (const s of samples) byRoute.set(s.route, [...(byRoute.get(s.route) ?? []), s]);
  const rows = [...byRoute.entries()].map(([route, list]) => statsOf(route, list));
  rows.sort((a, b) => b.requests - a.requests);
  return [...rows, statsOf('all', samples)];
}

function statsOf(route: string, list: Sample[]): RouteStats {
  const ms = list.map((s) => s.ms).sort((a, b) => a - b);
  const count = (o: Sample['outcome']) => list.filter((s) => s.outcome === o).length;
  return {
    route, requests: list.length, ok: count('ok'), conflicts: count('conflict'), unavailable: count('unavailable'),
    errors: count('error'), timeouts: count('timeout'),
    p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms[ms.length - 1] ?? 0,
  };
}

export function markdownReport(info: {
  when: string; durationS: number; wallMs: number; clients: number; writesUsed: string; stats: RouteStats[]; verification: Verification; errorExamples: string[];
}): string {
  const { stats, verification: v } = info;
  const total = stats[stats.length - 1];
  const lines = [
    `# Load test ${info.when}`,
    '',
    `${info.clients} clients on 127.0.0.1 for ${info.durationS} s (wall ${(info.wallMs / 1000).toFixed(1)} s). Writes used: ${info.writesUsed}.`,
    `Throughput: **${(total.requests / (info.wallMs / 1000)).toFixed(1)} requests/s** (${total.requests} requests).`,
    '',
    '| route | requests | 2xx/3xx | 409 expected | 503 | errors | timeouts | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...stats.map((s) => `| ${s.route} | ${s.requests} | ${s.ok} | ${s.conflicts} | ${s.unavailable} | ${s.errors} | ${s.timeouts} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} |`),
    '',
    '## Database check',
    '',
    `| check | result |`,
    `| --- | --- |`,
    `| acknowledged writes | ${v.acknowledged} |`,
    `| lost writes (2xx but not stored) | ${v.lost.length} |`,
    `| audit entries by load users | ${v.auditEntries} |`,
    `| audit entries matching no acknowledged write | ${v.unmatchedAudit.length} |`,
    `| acknowledged writes without an audit entry | ${v.unauditedWrites} |`,
    `| rating revisions lost / non-contiguous sources | ${v.ratingRevisionsLost} |`,
    ...v.ratingSources.map((r) => `| source ${r.sourceId}: rating_version / revisions | ${r.ratingVersion} / ${r.revisions} ${r.contiguous ? '(1..n contiguous)' : '(BROKEN)'} |`),
    `| verdict | ${v.ok ? 'PASS' : 'FAIL'} |`,
    ...(info.errorExamples.length ? ['', '## Error examples', '', ...info.errorExamples.map((e) => `- ${e}`)] : []),
    '',
  ];
  return lines.join('\n');
}
