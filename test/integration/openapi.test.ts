// The OpenAPI document validates against the OpenAPI 3.1 schema, and it describes exactly the
// route handlers that exist, each from the contract the handler runs: a new route (or method)
// without an entry fails, and so does an entry whose handler is gone or that differs from it.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { contractKey } from '@/lib/api/route-contract';
import { API_ROUTES, getOpenApiDocument } from '@/lib/openapi/openapi-document';
import { operationFromContract } from '@/lib/openapi/openapi-operation';
import { GET } from '@/app/api/v1/openapi.json/route';
import { routeHandlerExports } from '../helpers/route-modules';

/** `GET /api/v1/claims/{id}` → its operation in the document. */
function documented() {
  const out = new Map<string, unknown>();
  for (const route of API_ROUTES) for (const [method, op] of Object.entries(route.methods)) out.set(`${method.toUpperCase()} ${route.path}`, op);
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

  it('describes every route handler from its contract, and nothing else', async () => {
    const described = documented();
    const handlers = await routeHandlerExports();
    const undeclared = handlers.filter((h) => !h.contract).map((h) => `${h.method} ${h.file}`);
    expect(undeclared, 'handlers without a contract: wrap them in defineRoute').toEqual([]);
    const onDisk = new Set(handlers.map((h) => contractKey(h.contract!)));
    expect([...onDisk].filter((k) => !described.has(k)).sort(), 'contracts missing from lib/openapi/routes/*').toEqual([]);
    expect([...described.keys()].filter((k) => !onDisk.has(k)).sort(), 'descriptions without a handler').toEqual([]);
    // Each description is the one its handler's contract makes, not a hand-written copy.
    for (const { contract } of handlers) expect(described.get(contractKey(contract!)), contractKey(contract!)).toEqual(operationFromContract(contract!));
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
