// `npm run bench -- --only source-search [--rounds 5] [--per-shape 200]` (the full `npm run bench`
// runs it too, in its own process and database): 20,000 sources with three aliases each
// (another Latin spelling, Cyrillic, Arabic), queried with misspellings, partial words and the
// other scripts. Times GET /api/v1/sources?q= through its route handler and the same SQL through
// pg, alternately, in one run, and counts how often the intended source comes first.
// Writes bench/results/source-search-<time>.md + .json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '../lib/db/schema-engine';
import { createBenchDatabase } from './database';
import { percentiles, type Percentiles } from './measure';
import { makeBenchQueries, makeBenchSources, type BenchQuery } from './source-data';

const SOURCES = 20_000;
const LIMIT = 8;
const log = (m: string) => console.error(`[bench:sources] ${m}`);

export type SourceSearchResults = {
  startedAt: string;
  /** The machine's 1-minute load average at the end, with its cores: timings on a shared machine need it. */
  load: { average: number; cpus: number };
  sources: number;
  aliases: number;
  queries: number;
  rounds: number;
  api: Percentiles;
  sql: Percentiles;
  ratioP50: number;
  ratioP95: number;
  /** Share of misspelt queries (whole name) whose intended source is the first result. */
  misspeltFirst: number;
  byShape: { shape: BenchQuery['shape']; n: number; first: number; inTop: number; apiP50: number; sqlP50: number }[];
};

async function loadSources(client: pg.Client, sources: ReturnType<typeof makeBenchSources>): Promise<number[]> {
  const { lookupNamesOf, FOLD_VERSION } = await import('../lib/sources/source-lookup-fold');
  const ids: number[] = [];
  for (let i = 0; i < sources.length; i += 2000) {
    const part = sources.slice(i, i + 2000);
    const { rows } = await client.query<{ id: number; name: string }>(
      `INSERT INTO sources (name, kind, alignment_slug, aliases, updated_at)
       SELECT x.name, x.kind::"SourceKind", 'unknown', x.aliases, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(name text, kind text, aliases text[]) RETURNING id, name`, [JSON.stringify(part)]);
    const idOf = new Map(rows.map((r) => [r.name, r.id]));
    const lookup = part.flatMap((s) => lookupNamesOf(s).map((l) => ({ source_id: idOf.get(s.name)!, ...l })));
    await client.query(
      `INSERT INTO source_lookup_names (source_id, name, kind, folded, fold_version)
       SELECT x.source_id, x.name, x.kind::"SourceLookupKind", x.folded, $2 FROM jsonb_to_recordset($1::jsonb)
         AS x(source_id int, name text, kind text, folded text)`, [JSON.stringify(lookup), FOLD_VERSION]);
    ids.push(...part.map((s) => idOf.get(s.name)!));
  }
  return ids;
}

export async function runSourceSearchBench(options: { rounds: number; perShape: number }): Promise<SourceSearchResults> {
  const startedAt = new Date().toISOString();
  const database = await createBenchDatabase();
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  try {
    await applyMigrations(database.url, { log: () => {} });
    const { seedDatabase } = await import('../lib/seed/seed-database');
    await seedDatabase();
    await client.connect();
    const sources = makeBenchSources(SOURCES);
    log(`loading ${sources.length.toLocaleString('en')} sources`);
    const ids = await loadSources(client, sources);
    await client.query('VACUUM ANALYZE sources, source_lookup_names');

    const { GET } = await import('../app/api/v1/sources/route');
    const { foldName } = await import('../lib/sources/source-lookup-fold');
    const { sourceSearchSql } = await import('../lib/sources/source-lookup-sql');
    const queries = makeBenchQueries(sources, options.perShape);
    const api = async (q: string) => {
      const started = performance.now();
      const res = await GET(new Request(`http://bench.test/api/v1/sources?limit=${LIMIT}&q=${encodeURIComponent(q)}`));
      const body = (await res.json()) as { items: { id: number }[] };
      if (res.status !== 200) throw new Error(`GET /api/v1/sources answered ${res.status}: ${JSON.stringify(body)}`);
      return { ms: performance.now() - started, ids: body.items.map((s) => s.id) };
    };
    // The statement the handler runs, bound the same way and prepared as it is (sqlRows' `prepare`).
    const sql = async (q: string) => {
      const statement = sourceSearchSql({ folded: foldName(q), limit: LIMIT });
      const started = performance.now();
      await client.query({ name: 'source_search', text: statement.text, values: statement.values });
      return performance.now() - started;
    };
    log(`warming up, then ${queries.length} queries × ${options.rounds} rounds`);
    for (const { q } of queries.slice(0, 50)) {
      await api(q);
      await sql(q);
    }
    const apiTimes: number[] = [];
    const sqlTimes: number[] = [];
    const perQuery = queries.map((query) => ({ query, api: [] as number[], sql: [] as number[], ids: [] as number[] }));
    for (let round = 0; round < options.rounds; round++) {
      for (const entry of perQuery) {
        const a = await api(entry.query.q);
        const s = await sql(entry.query.q);
        entry.api.push(a.ms);
        entry.sql.push(s);
        entry.ids = a.ids;
        apiTimes.push(a.ms);
        sqlTimes.push(s);
      }
    }
    const shapes = [...new Set(queries.map((q) => q.shape))];
    const byShape = shapes.map((shape) => {
      const of = perQuery.filter((e) => e.query.shape === shape);
      return {
        shape, n: of.length,
        first: of.filter((e) => e.ids[0] === ids[e.query.intended]).length / of.length,
        inTop: of.filter((e) => e.ids.includes(ids[e.query.intended])).length / of.length,
        apiP50: percentiles(of.flatMap((e) => e.api)).p50,
        sqlP50: percentiles(of.flatMap((e) => e.sql)).p50,
      };
    });
    const apiP = percentiles(apiTimes);
    const sqlP = percentiles(sqlTimes);
    const { db } = await import('../lib/db');
    await db.$disconnect();
    return {
      startedAt, load: { average: Math.round(os.loadavg()[0] * 10) / 10, cpus: os.cpus().length }, sources: sources.length, aliases: sources.reduce((n, s) => n + s.aliases.length, 0), queries: queries.length,
      rounds: options.rounds, api: apiP, sql: sqlP,
      ratioP50: Math.round((apiP.p50 / sqlP.p50) * 100) / 100, ratioP95: Math.round((apiP.p95 / sqlP.p95) * 100) / 100,
      misspeltFirst: byShape.find((s) => s.shape === 'misspelt')!.first, byShape,
    };
  } finally {
    await client.end().catch(() => {});
    await database.drop();
  }
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

export function sourceSearchMarkdown(r: SourceSearchResults): string {
  const lines = [
    `## Source search (${r.sources.toLocaleString('en')} sources, ${r.aliases.toLocaleString('en')} aliases; ${r.queries} queries × ${r.rounds} rounds)`,
    '',
    `Load average ${r.load.average} on ${r.load.cpus} cores when it finished.`,
    '',
    '| measure | value | target | verdict |',
    '| --- | --- | --- | --- |',
    `| p50 / p95 (API route handler) | ${ms(r.api.p50)} / ${ms(r.api.p95)} | p95 ≤ 20 ms | ${verdict(r.api.p95 <= 20)} |`,
    `| p50 / p95 (same SQL through pg) | ${ms(r.sql.p50)} / ${ms(r.sql.p95)} | — | n/a |`,
    `| API ÷ SQL (p50, p95) | ${r.ratioP50.toFixed(2)}, ${r.ratioP95.toFixed(2)} | ≤ 1.5 | ${verdict(r.ratioP95 <= 1.5)} |`,
    `| misspelt name: intended source first | ${pct(r.misspeltFirst)} | ≥ 95% | ${verdict(r.misspeltFirst >= 0.95)} |`,
    '',
    '| query shape | n | intended first | intended in top 8 | API p50 | SQL p50 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.byShape.map((s) => `| ${s.shape} | ${s.n} | ${pct(s.first)} | ${pct(s.inTop)} | ${ms(s.apiP50)} | ${ms(s.sqlP50)} |`),
  ];
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, 'per-shape': { type: 'string' }, only: { type: 'string' } } });
  const results = await runSourceSearchBench({ rounds: Number(values.rounds ?? 5), perShape: Number(values['per-shape'] ?? 200) });
  const dir = path.join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stem = path.join(dir, `source-search-${results.startedAt.replace(/[:.]/g, '-')}`);
  const markdown = sourceSearchMarkdown(results);
  writeFileSync(`${stem}.md`, `${markdown}\n`);
  writeFileSync(`${stem}.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdown);
  log(`written ${stem}.md and ${stem}.json`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(() => process.exit(0), (e: unknown) => {
    console.error(`bench:sources: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    process.exit(1);
  });
}
