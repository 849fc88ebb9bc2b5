// The OpenAPI document validates against the OpenAPI 3.1 schema, and it describes exactly the
// route handlers that exist, each from the contract the handler runs: a new route (or method)
// without an entry fails, and so does an entry whose handler is gone or that differs from it.
import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it, vi } from 'vitest';
import { contractKey } from '@/lib/api/route-contract';
import { installedAnswerCheck, checkAnswersWith } from '@/lib/api/answer-check-hook';
import { checkAnswer } from '@/lib/openapi/answer-check.server';
import { API_ROUTES, getOpenApiDocument } from '@/lib/openapi/openapi-document';
import { operationFromContract } from '@/lib/openapi/openapi-operation';
import { GET } from '@/app/api/v1/openapi.json/route';
import { GET as getSource } from '@/app/api/v1/sources/[id]/route';
import { OPENAPI_FILE, openApiText } from '@/scripts/write-openapi';
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

  it('validates as OpenAPI 3.1 by a second, independent validator (swagger-parser)', async () => {
    // A copy: swagger-parser resolves $refs in the object it is given.
    const api = await SwaggerParser.validate(JSON.parse(JSON.stringify(getOpenApiDocument())));
    expect('openapi' in api && api.openapi).toBe('3.1.0');
  });

  it('is the committed contract, docs/openapi.json', () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    const generated = openApiText();
    // Not toEqual on the texts: a 400 kB diff in the failure helps nobody. The first differing
    // line says where, and the message what to do.
    const a = committed.split('\n');
    const b = generated.split('\n');
    const found = a.findIndex((line, i) => line !== b[i]);
    const at = found < 0 && a.length !== b.length ? Math.min(a.length, b.length) : found;
    const where = at < 0 ? '' : ` First difference at line ${at + 1}: committed ${JSON.stringify(a[at])}, generated ${JSON.stringify(b[at])}.`;
    expect(
      committed === generated,
      `The generated OpenAPI description differs from docs/openapi.json. Run \`npm run openapi:write\`, review the diff of docs/openapi.json (within /api/v1: additive changes only), and commit it.${where}`,
    ).toBe(true);
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

describe('every answer checked against the description (lib/openapi/answer-check.server.ts)', () => {
  const op = { method: 'GET', path: '/api/v1/sources/{id}' } as const;
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('is installed in the suite, and sees the answers route handlers send', async () => {
    expect(process.env.CROSSCHECK_CHECK_ANSWERS).toBe('1');
    const installed = installedAnswerCheck();
    expect(installed).not.toBeNull();
    const spy = vi.fn(installed!);
    checkAnswersWith(spy);
    try {
      const res = await getSource(new Request('http://localhost/api/v1/sources/99999999'), { params: Promise.resolve({ id: '99999999' }) });
      expect(res.status).toBe(404);
    } finally {
      checkAnswersWith(installed);
    }
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toMatchObject(op);
  });

  it('passes a documented error', async () => {
    await expect(checkAnswer(op, json(404, { error: { code: 'not_found', message: 'Source not found.' } }))).resolves.toBeUndefined();
    await expect(checkAnswer(op, json(503, { error: { code: 'unavailable', message: 'The database is unavailable; try again shortly.' } }))).resolves.toBeUndefined();
  });

  it('refuses an undocumented status, naming the operation and status', async () => {
    await expect(checkAnswer(op, json(418, { error: { code: 'teapot', message: 'No.' } }))).rejects.toThrow(/GET \/api\/v1\/sources\/\{id\} answered 418/);
  });

  it('refuses a body that does not match, with the validator\'s errors', async () => {
    await expect(checkAnswer(op, json(404, { error: { code: 'not_found' } }))).rejects.toThrow(/GET \/api\/v1\/sources\/\{id\} 404 does not match[\s\S]*message/);
    await expect(checkAnswer(op, json(404, { error: { code: 'not_found', message: 'x' }, extra: true }))).rejects.toThrow(/additional properties/);
  });

  it('refuses a content type the status does not document', async () => {
    await expect(checkAnswer(op, new Response('<p>Not found</p>', { status: 404, headers: { 'content-type': 'text/html' } }))).rejects.toThrow(/content-type "text\/html"/);
  });
});
