// `npm run loadtest [-- --duration 60 --clients 50]`: the production build on a throwaway
// database (DATABASE_URL's server, else an embedded cluster) seeded with the founding example,
// a mixed workload from 127.0.0.1 only, then a check that nothing acknowledged was lost.
// Writes bench/results/loadtest-<timestamp>.md and .json; exits non-zero when the check fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createThrowawayDatabase } from '../test/setup/throwaway-database';
import { createUsers, ensureBuild, prepareDatabase, ROOT, startServer, type AppServer } from './loadtest/harness';
import { discoverTarget } from './loadtest/discover';
import { markdownReport, routeStats } from './loadtest/report';
import { verifyDatabase } from './loadtest/verify';
import { runWorkload } from './loadtest/workload';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    clients: { type: 'string', default: '50' },
    reviewers: { type: 'string', default: '4' },
    // --build always rebuilds; --no-build reuses an existing build even when sources are newer.
    build: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const durationS = Math.min(Math.max(Number(values.duration), 1), 600);
const clients = Math.min(Math.max(Number(values.clients), 1), 200);

async function main(): Promise<number> {
  ensureBuild(console.log, values.build ? 'force' : values['no-build'] ? 'reuse' : 'auto');
  console.log('Preparing a throwaway database with the founding example…');
  const database = await createThrowawayDatabase('load');
  let server: AppServer | undefined;
  try {
    prepareDatabase(database.url);
    const reviewers = await createUsers(database.url, Number(values.reviewers));
    // Pool sized for 50 clients; PostgreSQL allows 200 connections on the embedded cluster.
    server = await startServer(database.url, { env: { DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '20' } });
    const { target, acked } = await discoverTarget(server.base, reviewers);
    const writesUsed = target.features.claimWrites || target.features.relationWrites
      ? [target.features.claimWrites && 'POST /api/v1/claims', target.features.relationWrites && 'POST /api/v1/claims/:id/relations'].filter(Boolean).join(' + ')
      : 'fallback: POST /api/v1/sources + PATCH /api/v1/sources/:id (claim/relation writes not available)';
    console.log(`Server ${server.base}; writes: ${writesUsed}; compare page: ${target.features.comparePage ? 'yes' : 'no'}.`);
    console.log(`Running ${clients} clients for ${durationS} s…`);
    const { samples, wallMs } = await runWorkload(target, { clients, durationMs: durationS * 1000, acked });
    const timeouts = samples.filter((s) => s.outcome === 'timeout' && s.route.startsWith('P')).length;
    const verification = await verifyDatabase(database.url, acked, reviewers.map((r) => r.id), timeouts);
    const stats = routeStats(samples);
    const errorExamples = [...new Set(samples.filter((s) => s.outcome === 'error' || s.outcome === 'unavailable').map((s) => `${s.route} → ${s.status} ${s.body ?? ''}`.slice(0, 200)))].slice(0, 10);
    const when = new Date().toISOString().replace(/[:.]/g, '-');
    const md = markdownReport({ when, durationS, wallMs, clients, writesUsed, stats, verification, errorExamples });
    console.log(`\n${md}`);
    const dir = path.join(ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `loadtest-${when}.md`), md);
    writeFileSync(
      path.join(dir, `loadtest-${when}.json`),
      JSON.stringify({ when, durationS, wallMs, clients, writesUsed, features: target.features, stats, verification }, null, 2),
    );
    console.log(`Saved bench/results/loadtest-${when}.md and .json`);
    const total = stats[stats.length - 1];
    const failed = !verification.ok || total.errors > 0 || total.timeouts > 0 || total.unavailable > 0;
    if (failed) console.error('Load test FAILED: see errors, timeouts or the database check above.');
    return failed ? 1 : 0;
  } finally {
    await server?.stop();
    await database.drop().catch((e) => console.error(`could not drop the load-test database: ${e}`));
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`Load test could not run: ${e instanceof Error ? e.stack : e}`);
    process.exit(1);
  },
);
