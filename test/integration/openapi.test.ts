// The OpenAPI document validates against the OpenAPI 3.1 schema, and it describes exactly the
// route handlers that exist: a new route (or method) without an entry fails, and so does an
// entry whose handler is gone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { API_ROUTES, getOpenApiDocument } from '@/lib/openapi/openapi-document';
import { GET } from '@/app/api/v1/openapi.json/route';

const ROOT = path.resolve(import.meta.dirname, '../..');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
// Routes outside /api/v1 that the document also describes (feeds).
const EXTRA_ROUTE_DIRS = ['app/events/[id]/feed.xml', 'app/sources/[id]/feed.xml'];

/** `app/api/v1/claims/[id]/route.ts` → `/api/v1/claims/{id}`, with the methods it exports. */
function handlersOnDisk(): Set<string> {
  const files = readdirSync(path.join(ROOT, 'app/api/v1'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.split(path.sep).at(-1) === 'route.ts')
    .map((f) => path.join('app/api/v1', f));
  for (const dir of EXTRA_ROUTE_DIRS) files.push(path.join(dir, 'route.ts'));
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const route = `/${path.dirname(file).split(path.sep).slice(1).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
    for (const m of METHODS) {
      if (new RegExp(`export\\s+(async\\s+)?function\\s+${m}\\b|export\\s+const\\s+${m}\\b|as\\s+${m}\\b`).test(text)) found.add(`${m} ${route}`);
    }
  }
  return found;
}

function documented(): Set<string> {
  const out = new Set<string>();
  for (const route of API_ROUTES) for (const method of Object.keys(route.methods)) out.add(`${method.toUpperCase()} ${route.path}`);
  return out;
}

describe('OpenAPI description', () => {
  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(getOpenApiDocument() as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('covers every route handler, and describes none that does not exist', () => {
    const onDisk = handlersOnDisk();
    const described = documented();
    expect([...onDisk].filter((k) => !described.has(k)).sort(), 'handlers without a description: add them to lib/openapi/routes/*').toEqual([]);
    expect([...described].filter((k) => !onDisk.has(k)).sort(), 'descriptions without a handler').toEqual([]);
  });

  it('gives every operation a summary, the error shape, and its schemas', () => {
    const doc = getOpenApiDocument();
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, { summary?: string; responses: Record<string, unknown>; parameters?: unknown[] }>)) {
        expect(op.summary, `${method} ${p}`).toBeTruthy();
        expect(op.responses['401'], `${method} ${p} 401`).toBeDefined();
        if (p.includes('{')) expect(op.parameters?.length, `${method} ${p} path params`).toBeGreaterThan(0);
      }
    }
    expect(doc.components?.schemas?.Error).toBeDefined();
  });

  it('is served at /api/v1/openapi.json', async () => {
    const res = await GET(new Request('http://localhost/api/v1/openapi.json'));
    expect(res.status).toBe(200);
    expect((await res.json()).openapi).toBe('3.1.0');
  });
});
