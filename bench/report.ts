// The benchmark's Markdown table and JSON file, each figure beside its target from issue 6.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Percentiles, Throughput } from './measure';

export type BenchResults = {
  startedAt: string;
  scale: number;
  machine: { cpus: number; memoryGb: number; node: string; postgres: string; postgresSettings: Record<string, string> };
  archive: { claims: number; sources: number; events: number; attributions: number; relations: number; fileBytes: number };
  timings: { generateSeconds: number; importSeconds: number; relationsSeconds: number; analyzeSeconds: number; build: string };
  importClaimsPerSecond: number;
  search: { api: Percentiles; sql: Percentiles; ratioP50: number; ratioP95: number; perQuery: { label: string; apiP50: number; sqlP50: number; results: number }[] };
  pages: Record<string, Percentiles | null>;
  throughput: { list: Throughput; search: Throughput };
  payloads: Record<string, { htmlBytes: number; rscBytes: number; status: number } | null>;
  maxRssBytes: number;
};

const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

export function toMarkdown(r: BenchResults): string {
  const rows: string[][] = [];
  const add = (what: string, value: string, target: string, ok: boolean | null) =>
    rows.push([what, value, target, ok === null ? 'n/a' : verdict(ok)]);
  add('import (claims with attributions)', `${r.importClaimsPerSecond.toLocaleString('en')} claims/s`, '≥ 20,000 claims/s', r.importClaimsPerSecond >= 20_000);
  add('search p50 / p95 / p99 (HTTP API)', `${ms(r.search.api.p50)} / ${ms(r.search.api.p95)} / ${ms(r.search.api.p99)}`, 'p95 ≤ 50 ms', r.search.api.p95 <= 50);
  add('search p50 / p95 / p99 (raw SQL, pg)', `${ms(r.search.sql.p50)} / ${ms(r.search.sql.p95)} / ${ms(r.search.sql.p99)}`, '—', null);
  add('API / raw SQL ratio (p50, p95)', `${r.search.ratioP50.toFixed(2)}, ${r.search.ratioP95.toFixed(2)}`, '≤ 1.5', r.search.ratioP95 <= 1.5);
  for (const [page, p] of Object.entries(r.pages)) {
    add(`${page} page server time p50 / p95`, p ? `${ms(p.p50)} / ${ms(p.p95)}` : 'n/a (404: not built yet)', 'p95 ≤ 150 ms', p ? p.p95 <= 150 : null);
  }
  const t = r.throughput;
  add('claims API, 16 connections (list)', `${t.list.requestsPerSecond} req/s, ${t.list.non2xx + t.list.errors} errors`, '≥ 500 req/s, no errors', t.list.requestsPerSecond >= 500 && t.list.non2xx + t.list.errors === 0);
  add('claims API, 16 connections (search)', `${t.search.requestsPerSecond} req/s, ${t.search.non2xx + t.search.errors} errors`, '(same)', t.search.requestsPerSecond >= 500 && t.search.non2xx + t.search.errors === 0);
  for (const [page, p] of Object.entries(r.payloads)) {
    add(`${page} page HTML / RSC payload`, p ? `${kb(p.htmlBytes)} / ${kb(p.rscBytes)}` : 'n/a', '≤ 200 KB', p ? Math.max(p.htmlBytes, p.rscBytes) <= 200 * 1024 : null);
  }
  add('Next.js server RSS, max', `${(r.maxRssBytes / 1024 ** 2).toFixed(0)} MB`, '≤ 600 MB', r.maxRssBytes <= 600 * 1024 ** 2);

  const a = r.archive;
  const lines = [
    `# Crosscheck benchmark, ${r.startedAt}`,
    '',
    `Archive: ${a.claims.toLocaleString('en')} claims, ${a.sources.toLocaleString('en')} sources, ${a.attributions.toLocaleString('en')} attributions, ` +
      `${a.relations.toLocaleString('en')} relations, ${a.events.toLocaleString('en')} events (seeded; ${kb(a.fileBytes)} JSONL). ` +
      `Machine: ${r.machine.cpus} CPUs, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.postgres}` +
      `${Object.keys(r.machine.postgresSettings).length ? ` (${Object.entries(r.machine.postgresSettings).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}.`,
    '',
    '| measure | result | target | |',
    '| --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `Phases: generate ${r.timings.generateSeconds}s, import ${r.timings.importSeconds}s, relations ${r.timings.relationsSeconds}s, ` +
      `vacuum analyze ${r.timings.analyzeSeconds}s, build ${r.timings.build}. Page times are measured by the client on loopback, ` +
      'request to last byte, sequentially.',
    '',
    '| search query | API p50 | SQL p50 | results |',
    '| --- | --- | --- | --- |',
    ...r.search.perQuery.map((q) => `| ${q.label} | ${ms(q.apiP50)} | ${ms(q.sqlP50)} | ${q.results} |`),
    '',
  ];
  return lines.join('\n');
}

export function writeResults(r: BenchResults, dir = 'bench/results'): { md: string; json: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = r.startedAt.replace(/[:.]/g, '-');
  const md = path.join(dir, `${stamp}.md`);
  const json = path.join(dir, `${stamp}.json`);
  writeFileSync(md, toMarkdown(r));
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  return { md, json };
}
