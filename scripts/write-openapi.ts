// `npm run openapi:write`: writes the OpenAPI description generated from the route contracts to
// docs/openapi.json, the committed copy of the /api/v1 contract. test/integration/openapi.test.ts
// fails when the two differ, so every change to the contract is reviewed as a diff of that file.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getOpenApiDocument } from '../lib/openapi/openapi-document';

export const OPENAPI_FILE = path.resolve(import.meta.dirname, '../docs/openapi.json');

/** Objects with their keys sorted (arrays keep their order), so the file's text is stable. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** The description as docs/openapi.json holds it: sorted keys, 2-space JSON, a final newline. */
export function openApiText(): string {
  // Through JSON first: exactly what is served (undefined dropped).
  return `${JSON.stringify(sortKeys(JSON.parse(JSON.stringify(getOpenApiDocument()))), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_FILE, openApiText());
  console.log(`Wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
}
