// The API reference's examples come from the description itself: every operation gets a curl
// line, writes carry the token header and their request example, reads show the answer example.
import { describe, expect, it } from 'vitest';
import { getOpenApiDocument } from '@/lib/openapi/openapi-document';
import { answerExample, curlLine, exampleOf, examplePath, type ExampleOperation } from '@/lib/openapi/operation-examples';

const doc = getOpenApiDocument();
const components = (doc.components?.schemas ?? {}) as Record<string, { examples?: unknown[] }>;
const op = (path: string, method: string) => (doc.paths as Record<string, Record<string, ExampleOperation>>)[path][method];
const BASE = 'https://crosscheck.example';

describe('API reference examples', () => {
  it('fills path parameters and follows $refs to the component examples', () => {
    expect(examplePath('/api/v1/claims/{id}/attributions/{attributionId}', op('/api/v1/claims/{id}/attributions/{attributionId}', 'delete'))).toBe('/api/v1/claims/1/attributions/1');
    expect(exampleOf({ $ref: '#/components/schemas/ClaimDetail' }, components)).toEqual(components.ClaimDetail.examples?.[0]);
  });

  it('shows a read without a token, with its answer example', () => {
    const read = op('/api/v1/claims/{id}', 'get');
    expect(curlLine(BASE, 'GET', '/api/v1/claims/{id}', read, components)).toBe(`curl '${BASE}/api/v1/claims/1'`);
    expect(answerExample(read, components)).toEqual({ status: '200', example: components.ClaimDetail.examples?.[0] });
  });

  it('shows a write with the token header', () => {
    const line = curlLine(BASE, 'PUT', '/api/v1/sources/{id}/rating', op('/api/v1/sources/{id}/rating', 'put'), components);
    expect(line).toMatch(/^curl -X PUT 'https:\/\/crosscheck\.example\/api\/v1\/sources\/1\/rating' -H "Authorization: Bearer \$CROSSCHECK_TOKEN"/);
  });

  it('gives every JSON read of the API an answer example', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, ExampleOperation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const ok = Object.entries(operation.responses).find(([s]) => s.startsWith('2'))?.[1];
        const json = ok?.content?.['application/json'];
        if (method === 'get' && json && path !== '/api/v1/openapi.json' && !answerExample(operation, components)) missing.push(`${method} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
