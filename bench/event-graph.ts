// Event-graph render benchmark (issue 5): an event of 500 claims and 1,000 relations, the event
// page opened in Chromium against a built server, timing the claim graph's first layout and
// paint (the component's `data-render-ms`) and the page's long tasks (main-thread blocking).
//
//   npx next build            (or NEXT_DIST_DIR=.next-x npx next build, then the same env here)
//   npx tsx bench/event-graph.ts [--claims 500] [--relations 1000] [--runs 3] [--port 3390]
//
// Uses DATABASE_URL's server when set, otherwise an embedded PostgreSQL; the database is dropped
// afterwards. Results print as JSON and go to bench/results/event-graph.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { chromium } from '@playwright/test';
import { applyMigrations } from '../lib/db/schema-engine';
import { createThrowawayDatabase } from '../test/setup/throwaway-database';

const { values: args } = parseArgs({
  options: {
    claims: { type: 'string', default: '500' },
    relations: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '3390' },
  },
});
const CLAIMS = Number(args.claims);
const RELATIONS = Number(args.relations);
const RUNS = Number(args.runs);
const PORT = Number(args.port);

/** Deterministic pseudo-random numbers, so every run measures the same graph. */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function generate(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const slugs = ['pro-government', 'pro-militant', 'un', 'independent'];
    for (const [i, slug] of slugs.entries()) {
      await client.query(
        `INSERT INTO alignments (slug, label, color, sort_order, updated_at) VALUES ($1, $2, $3, $4, now()) ON CONFLICT (slug) DO NOTHING`,
        [slug, slug, ['#d95f02', '#1f78b4', '#33a02c', '#6a3d9a'][i], i],
      );
    }
    const sources: number[] = [];
    for (const slug of slugs) {
      const { rows } = await client.query(
        `INSERT INTO sources (name, kind, alignment_slug, updated_at) VALUES ($1, 'outlet', $2, now()) RETURNING id`,
        [`Bench source ${slug}`, slug],
      );
      sources.push(rows[0].id);
    }
    const { rows: [event] } = await client.query(
      `INSERT INTO events (title, starts_at, updated_at) VALUES ('Benchmark event: ${CLAIMS} claims', '2024-03-01', now()) RETURNING id`,
    );
    const random = rng(42);
    const texts = Array.from({ length: CLAIMS }, (_, i) => `Benchmark claim ${i + 1}: an account of what happened at the crossing.`);
    const { rows: claims } = await client.query(
      `INSERT INTO claims (text, event_id, updated_at) SELECT t, $2, now() FROM unnest($1::text[]) AS t RETURNING id`,
      [texts, event.id],
    );
    const claimIds = claims.map((c) => c.id as number);
    await client.query(
      `INSERT INTO attributions (claim_id, source_id, role, stated_at)
       SELECT c, s, 'asserts', '2024-03-01'::timestamptz + (d || ' hours')::interval
       FROM unnest($1::int[], $2::int[], $3::int[]) AS x(c, s, d)`,
      [claimIds, claimIds.map(() => sources[Math.floor(random() * sources.length)]), claimIds.map(() => Math.floor(random() * 240))],
    );
    const pairs = new Set<string>();
    const a: number[] = [], b: number[] = [], types: string[] = [], subjects: (number | null)[] = [];
    while (pairs.size < Math.min(RELATIONS, (CLAIMS * (CLAIMS - 1)) / 2)) {
      const [x, y] = [claimIds[Math.floor(random() * CLAIMS)], claimIds[Math.floor(random() * CLAIMS)]];
      if (x === y) continue;
      const [lo, hi] = x < y ? [x, y] : [y, x];
      if (pairs.has(`${lo}-${hi}`)) continue;
      pairs.add(`${lo}-${hi}`);
      const r = random();
      const type = r < 0.6 ? 'contradicts' : r < 0.9 ? 'supports' : 'same_as';
      a.push(lo); b.push(hi); types.push(type); subjects.push(type === 'supports' ? lo : null);
    }
    await client.query(
      `INSERT INTO claim_relations (claim_a_id, claim_b_id, type, subject_claim_id)
       SELECT x, y, t::"RelationType", s FROM unnest($1::int[], $2::int[], $3::text[], $4::int[]) AS r(x, y, t, s)`,
      [a, b, types, subjects],
    );
    await client.query('COMMIT');
    return event.id as number;
  } finally {
    await client.end();
  }
}

async function startServer(url: string): Promise<ChildProcess> {
  // The app's own server directly, not through npx, so stopping this child stops the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-only-secret-not-for-production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/v1/alignments`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error('the app server did not become ready (did you run `npx next build`?)');
}

type Run = { renderMs: number; importMs: number; layoutMs: number; serverMs: number; pageLoadMs: number; longestTaskMs: number; totalBlockingMs: number; frameAfterRenderMs: number };

async function measure(eventId: number): Promise<Run[]> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-quic'] });
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      });
      const started = Date.now();
      await page.goto(`http://127.0.0.1:${PORT}/events/${eventId}`, { waitUntil: 'domcontentloaded' });
      // The graph loads on demand (its data from GET /api/v1/events/:id/graph), as a reader opens it.
      await page.getByRole('button', { name: /Show the claim graph/ }).click();
      const graph = page.locator('.claim-graph[data-render-ms]');
      await graph.waitFor({ timeout: 120_000 });
      const pageLoadMs = Date.now() - started; // page, click, graph data and first layout
      const renderMs = Number(await graph.getAttribute('data-render-ms'));
      const importMs = Number(await graph.getAttribute('data-import-ms'));
      const layoutMs = Number(await graph.getAttribute('data-layout-ms'));
      const serverMs = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return Math.round(nav.responseEnd - nav.requestStart);
      });
      // A frame scheduled now must come back quickly if the main thread is free.
      const frameAfterRenderMs = await page.evaluate(
        () => new Promise<number>((resolve) => { const t = performance.now(); requestAnimationFrame(() => resolve(performance.now() - t)); }),
      );
      // Pan and zoom once, the way a reader would, before collecting long tasks.
      const box = (await page.locator('.graph-canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 8 });
      await page.mouse.up();
      await page.waitForTimeout(300);
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      runs.push({
        renderMs,
        importMs,
        layoutMs,
        serverMs,
        pageLoadMs,
        longestTaskMs: Math.round(Math.max(0, ...tasks)),
        totalBlockingMs: Math.round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
        frameAfterRenderMs: Math.round(frameAfterRenderMs),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return runs;
}

async function main() {
  const database = await createThrowawayDatabase('bench_graph');
  let server: ChildProcess | null = null;
  try {
    await applyMigrations(database.url, { log: () => {} });
    const eventId = await generate(database.url);
    server = await startServer(database.url);
    const runs = await measure(eventId);
    const median = (k: keyof Run) => [...runs.map((r) => r[k])].sort((x, y) => x - y)[Math.floor(runs.length / 2)];
    const result = {
      benchmark: 'event-graph',
      claims: CLAIMS,
      relations: RELATIONS,
      runs,
      median: { renderMs: median('renderMs'), importMs: median('importMs'), layoutMs: median('layoutMs'), serverMs: median('serverMs'), pageLoadMs: median('pageLoadMs'), longestTaskMs: median('longestTaskMs'), totalBlockingMs: median('totalBlockingMs') },
      at: new Date().toISOString(),
    };
    console.log(JSON.stringify(result, null, 2));
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/event-graph.json', `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
