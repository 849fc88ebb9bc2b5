// A client generated from the committed description, used as a partner would: openapi-typescript
// types from docs/openapi.json, and a small openapi-fetch program (test/client/client-program.ts)
// that must type-check under `strict` and then run against the route handlers. Its fetch routes
// each request in-process to the app/api/v1 handler for that method and path, so no server runs;
// every answer it gets is also checked against the description (test/setup/check-answers.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createActor, createTestSource, TEST_ORIGIN } from '../helpers/auth-fixtures';
import { routeHandlerExports } from '../helpers/route-modules';
import { runClientProgram } from '../client/client-program';

const ROOT = path.resolve(import.meta.dirname, '../..');

function run(command: string, args: string[]) {
  const out = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: out.status, output: `${out.stdout ?? ''}${out.stderr ?? ''}${out.error ? String(out.error) : ''}` };
}

type Route = { method: string; pattern: RegExp; names: string[]; handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> };

/** Every app/api/v1 handler, matched by method and path template (`/api/v1/sources/{id}`). */
async function inProcessFetch(): Promise<(request: Request) => Promise<Response>> {
  const routes: Route[] = [];
  for (const h of await routeHandlerExports()) {
    if (!h.path.startsWith('/api/v1/')) continue;
    const mod = (await import(path.join(ROOT, h.file))) as Record<string, Route['handler']>;
    const names = [...h.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const pattern = new RegExp(`^${h.path.replace(/\{\w+\}/g, '([^/]+)').replace(/\./g, '\\.')}$`);
    routes.push({ method: h.method, pattern, names, handler: mod[h.method]! });
  }
  return async (request) => {
    const { pathname } = new URL(request.url);
    for (const r of routes) {
      const m = r.method === request.method ? r.pattern.exec(pathname) : null;
      if (m) return r.handler(request, { params: Promise.resolve(Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]))) });
    }
    return new Response(`no handler for ${request.method} ${pathname}`, { status: 599 });
  };
}

describe('a client generated from docs/openapi.json', () => {
  beforeAll(() => {
    const generated = run('npm', ['run', '--silent', 'openapi:types']);
    expect(generated.status, `npm run openapi:types failed:\n${generated.output}`).toBe(0);
  }, 120_000);

  it('type-checks under strict', () => {
    const checked = run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'test/client/tsconfig.json']);
    expect(checked.output, 'tsc -p test/client/tsconfig.json').toBe('');
    expect(checked.status).toBe(0);
  }, 120_000);

  it('lists claims, opens one, reads a source\'s rating and edits a rating with a token', async () => {
    const reviewer = await createActor('reviewer');
    const target = await createTestSource();
    const rationale = 'Its last three reports matched the UN monitors\' accounts of the Kansafrah clashes.';
    const result = await runClientProgram(
      { baseUrl: TEST_ORIGIN, fetch: await inProcessFetch(), token: reviewer.token },
      { search: 'Jabal al-Zawiyah', sourceToRate: target.id, reliability: 'B', rationale },
    );

    // The founding example's shelling claim, found, listed and opened.
    const shelling = 'Intense artillery shelling targeted positions of Hayat Tahrir al-Sham across the Jabal al-Zawiyah area.';
    expect(result.listed.map((c) => c.text)).toContain(shelling);
    expect(result.claim.id).toBe(result.listed[0]!.id);
    expect(result.claim.text).toBe(result.listed[0]!.text);
    expect(result.claim.attributions.length).toBeGreaterThan(0);

    // The cited source's rating is the one stored.
    const cited = await db.source.findUniqueOrThrow({ where: { id: result.citedSource.id }, select: { name: true, reliability: true, ratingVersion: true } });
    expect(result.citedSource.name).toBe(cited.name);
    expect(result.citedSource.rating.reliability).toBe(cited.reliability);
    expect(result.citedSource.rating.version).toBe(cited.ratingVersion);
    expect(result.citedSource.reliability).toBe(cited.reliability);

    // The edit made one revision, by the token's owner, and the source now reads it back.
    expect(result.edited).toMatchObject({ reliability: 'B', previous: 'F', rationale, version: target.ratingVersion + 1, author: reviewer.name });
    expect(result.ratingAfter).toMatchObject({ reliability: 'B', version: target.ratingVersion + 1, rationale, author: reviewer.name });
    const stored = await db.source.findUniqueOrThrow({ where: { id: target.id }, select: { reliability: true, ratingVersion: true } });
    expect(stored).toEqual({ reliability: 'B', ratingVersion: target.ratingVersion + 1 });
  });
});

