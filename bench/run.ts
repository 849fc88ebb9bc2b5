// `npm run bench [-- --scale 100000] [--build] [--keep] [--prepare] [--rounds 10] [--load-seconds 10]`
// (--prepare stops after the import and keeps the database, to profile against it.)
// `npm run bench -- --only source-search` runs only the source-search bench (bench/source-search.ts),
// which the full run also runs at its end, in a process and database of its own.
// Generates the seeded synthetic archive, imports it through the real import, starts the
// production build on that database and measures search (HTTP API vs the same SQL through
// pg), pages, throughput, payloads and server memory; writes bench/results/<time>.md + .json.
// PostgreSQL: a new database on DATABASE_URL's server, else a tuned embedded one in a temp dir
// (bench/database.ts).
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '../lib/db/schema-engine';
import { findFreePort } from '../lib/db/embedded-postgres';
import { createProgressPrinter, progressLine } from '../lib/import/progress-bar';
import { createBenchDatabase } from './database';
import { archiveSize, generateArchive } from './generate-archive';
import { loadTest, pagePayload, percentiles, timedGet } from './measure';
import { benchQueries } from './queries';
import { addRelations } from './relations';
import { toMarkdown, writeResults, type BenchResults } from './report';
import { ensureBuild, startServer } from './server';
import { searchWorkload } from './search-workload';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string' }, build: { type: 'boolean' }, keep: { type: 'boolean' },
    prepare: { type: 'boolean' }, rounds: { type: 'string' }, 'load-seconds': { type: 'string' }, 'dist-dir': { type: 'string' },
    only: { type: 'string' },
  },
});

/** The source-search bench in its own process: lib/db there points at its own database. */
function runSourceSearchBench(): void {
  const script = path.join(import.meta.dirname, 'source-search.ts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', script], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`the source-search bench failed (exit ${run.status ?? run.signal})`);
}
const seconds = (since: number) => Math.round((Date.now() - since) / 100) / 10;
const log = (m: string) => console.error(`[bench] ${m}`);

async function main() {
  if (args.only === 'source-search') return runSourceSearchBench();
  if (args.only) throw new Error(`--only knows source-search, not ${args.only}`);
  const startedAt = new Date().toISOString();
  const size = archiveSize(Number(args.scale ?? 1_000_000));
  const rounds = Number(args.rounds ?? 10);
  const loadSeconds = Number(args['load-seconds'] ?? 10);
  const distDir = args['dist-dir'] ?? process.env.NEXT_DIST_DIR ?? '.next';
  const work = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-'));
  const database = await createBenchDatabase();
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  let stopServer = async () => {};
  try {
    log(`database ready; migrating and seeding`);
    await applyMigrations(database.url, { log: () => {} });
    const { seedDatabase } = await import('../lib/seed/seed-database');
    await seedDatabase();
    await client.connect();

    let t = Date.now();
    const file = path.join(work, 'archive.jsonl');
    log(`generating ${size.claims.toLocaleString('en')} claims (seeded)`);
    const facts = await generateArchive(file, size);
    const generateSeconds = seconds(t);

    t = Date.now();
    const { db } = await import('../lib/db');
    const { importClaimRows } = await import('../lib/import/claim-rows/import-claim-rows.server');
    const admin = await db.user.findFirstOrThrow({ where: { role: 'admin', status: 'active' }, select: { id: true, email: true, name: true, role: true } });
    const printer = createProgressPrinter();
    const fileBytes = statSync(file).size;
    const summary = await importClaimRows(admin, {
      input: createReadStream(file), format: 'jsonl', label: 'bench', totalBytes: fileBytes,
      onProgress: (p) => printer.update(progressLine({ ...p, elapsedMs: Date.now() - t })),
    });
    printer.done(progressLine({ ...summary, elapsedMs: summary.durationMs }));
    if (summary.errorCount) throw new Error(`The import reported errors: ${JSON.stringify(summary.errors.slice(0, 3))}`);
    const importSeconds = seconds(t);

    t = Date.now();
    const relations = await addRelations(client, size.relations);
    const relationsSeconds = seconds(t);
    t = Date.now();
    log('vacuum analyze');
    await client.query('VACUUM ANALYZE');
    const analyzeSeconds = seconds(t);
    if (args.prepare) {
      args.keep = true;
      log(`prepared in ${JSON.stringify({ generateSeconds, importSeconds, importClaimsPerSecond: summary.claimsPerSecond })}`);
      return;
    }

    log(`build (${distDir})`);
    const build = await ensureBuild(distDir, args.build ?? false);
    const server = await startServer(database.url, await findFreePort(), distDir);
    stopServer = server.stop;
    const base = server.baseUrl;
    log(`server on ${base}; measuring search`);

    const search = await searchWorkload(client, base, benchQueries(facts), rounds);

    log('measuring pages');
    const sample = await client.query<{ id: number }>(`SELECT id FROM claims WHERE external_id LIKE 'bc-%' AND id % 997 = 0 ORDER BY id LIMIT 20`);
    const bigEvents = await client.query<{ event_id: number }>(
      `SELECT event_id FROM claims WHERE event_id IS NOT NULL GROUP BY event_id ORDER BY count(*) DESC LIMIT 10`);
    const pairs = await client.query<{ a: number; b: number }>(
      `SELECT claim_a_id AS a, claim_b_id AS b FROM claim_relations WHERE type = 'contradicts' ORDER BY id LIMIT 10`);
    const pageUrls: Record<string, string[]> = {
      claim: sample.rows.map((r) => `/claims/${r.id}`),
      event: bigEvents.rows.map((r) => `/events/${r.event_id}`),
      compare: pairs.rows.map((r) => `/compare?ids=${r.a},${r.b}`),
    };
    const pages: BenchResults['pages'] = {};
    for (const [name, urls] of Object.entries(pageUrls)) {
      const first = urls[0] ? await timedGet(`${base}${urls[0]}`) : null;
      if (!first || first.status !== 200) {
        pages[name] = null;
        continue;
      }
      const times: number[] = [];
      for (let round = 0; round < 3; round++) for (const u of urls) times.push((await timedGet(`${base}${u}`)).ms);
      pages[name] = percentiles(times);
    }

    const payloads: BenchResults['payloads'] = {};
    const word = facts.vocabularies.en.words[150];
    for (const [name, url] of Object.entries({
      home: '/', 'claims search': `/claims?q=${encodeURIComponent(word)}`,
      claim: pageUrls.claim[0], event: pageUrls.event[0], compare: pageUrls.compare[0],
    })) {
      const p = url ? await pagePayload(`${base}${url}`) : null;
      payloads[name] = p && p.status === 200 ? p : null;
    }

    log(`load test: 16 connections, ${loadSeconds}s each`);
    const throughput = {
      list: await loadTest(`${base}/api/v1/claims?limit=25`, 16, loadSeconds),
      search: await loadTest(`${base}/api/v1/claims?q=${encodeURIComponent(facts.vocabularies.en.words[2000])}`, 16, loadSeconds),
    };
    await server.stop();

    const version = (await client.query<{ v: string }>(`SELECT split_part(version(), ' on ', 1) AS v`)).rows[0].v;
    const results: BenchResults = {
      startedAt, scale: size.claims,
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version, postgres: version, postgresSettings: database.settings },
      archive: { ...size, attributions: summary.attributionsImported, relations, fileBytes },
      timings: { generateSeconds, importSeconds, relationsSeconds, analyzeSeconds, build },
      importClaimsPerSecond: summary.claimsPerSecond,
      search, pages, throughput, payloads, maxRssBytes: server.maxRssBytes(),
    };
    const written = writeResults(results);
    console.log(toMarkdown(results));
    log(`written ${written.md} and ${written.json}`);
    await db.$disconnect();
    log('source search');
    runSourceSearchBench();
  } finally {
    await stopServer();
    await client.end().catch(() => {});
    rmSync(work, { recursive: true, force: true });
    if (args.keep) {
      log(`kept database ${database.url} (stopped; its files stay in the temporary directory)`);
      await database.stop();
    } else await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    process.exit(1);
  },
);
