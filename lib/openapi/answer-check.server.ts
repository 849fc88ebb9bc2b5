import 'server-only';
import { appendFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { RouteContract } from '@/lib/api/route-contract';
import { getOpenApiDocument } from './openapi-document';

// The contract checked at run time, in the test suite only (test/setup/check-answers.ts installs
// it into defineRoute when CROSSCHECK_CHECK_ANSWERS=1): every answer a route handler sends, whatever
// the status, must be a status its operation documents, and a JSON body must validate against the
// schema documented for that status, as a JSON Schema 2020-12 validator reads the generated
// description. A mismatch throws, so the test that made the call fails and names it.

type MediaTypes = Record<string, { schema?: unknown }>;
type Responses = Record<string, { content?: MediaTypes }>;
type Operation = { responses?: Responses };

const DOC_ID = 'https://crosscheck.invalid/api/v1/openapi.json';

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The description as one schema resource, so each answer's `$ref`s resolve to its components. */
function validator(): Ajv2020 {
  if (ajv) return ajv;
  // A JSON copy: the description exactly as served (no undefined, no zod objects).
  const doc = JSON.parse(JSON.stringify(getOpenApiDocument())) as Record<string, unknown>;
  // strict: false because the root is an OpenAPI document (openapi, info, paths) rather than a
  // schema, and OpenAPI's own annotations (discriminator, xml) are not JSON Schema keywords.
  ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  return ajv;
}

const pointer = (...parts: string[]) => parts.map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** The documented operation, or a thrown description of what is missing. */
function operationOf(contract: Pick<RouteContract, 'method' | 'path'>): Operation {
  const doc = getOpenApiDocument() as unknown as { paths?: Record<string, Record<string, Operation>> };
  const op = doc.paths?.[contract.path]?.[contract.method.toLowerCase()];
  if (!op) throw new Error(`Answer check: ${contract.method} ${contract.path} is not in the OpenAPI description.`);
  return op;
}

/** The compiled validator for one operation, status and media type (compiled once). */
function validateFor(contract: Pick<RouteContract, 'method' | 'path'>, status: string, mediaType: string): ValidateFunction {
  const key = `${contract.method} ${contract.path} ${status} ${mediaType}`;
  let validate = compiled.get(key);
  if (!validate) {
    const ref = `${DOC_ID}#${pointer('paths', contract.path, contract.method.toLowerCase(), 'responses', status, 'content', mediaType, 'schema')}`;
    validate = validator().compile({ $ref: ref });
    compiled.set(key, validate);
  }
  return validate;
}

const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');
const excerpt = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}…` : text);

/**
 * Checks one answer against the description; throws with the operation, status and the
 * validator's errors when the status is undocumented or the body does not match.
 */
export async function checkAnswer(contract: Pick<RouteContract, 'method' | 'path'>, response: Response): Promise<void> {
  const name = `${contract.method} ${contract.path}`;
  const status = String(response.status);
  // CROSSCHECK_ANSWER_LOG=<file>: one line per answer checked, to count operations × statuses.
  if (process.env.CROSSCHECK_ANSWER_LOG) appendFileSync(process.env.CROSSCHECK_ANSWER_LOG, `${name} ${status}\n`);
  const documented = operationOf(contract).responses ?? {};
  const doc = documented[status];
  if (!doc) {
    const text = await response.clone().text();
    throw new Error(`Answer check: ${name} answered ${status}, which its OpenAPI operation does not document (documented: ${Object.keys(documented).join(', ')}). Body: ${excerpt(text)}`);
  }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const content = doc.content ?? {};
  const text = response.body === null ? '' : await response.clone().text();
  if (Object.keys(content).length === 0) {
    if (text) throw new Error(`Answer check: ${name} ${status} is documented without a body but sent ${mediaType || 'one'}: ${excerpt(text)}`);
    return;
  }
  if (!(mediaType in content)) {
    throw new Error(`Answer check: ${name} ${status} sent content-type "${mediaType}", documented: ${Object.keys(content).join(', ')}.`);
  }
  // NDJSON, CSV, Atom: documented as text; only the media type is checked.
  if (!isJson(mediaType)) return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Answer check: ${name} ${status} sent ${mediaType} that is not JSON: ${excerpt(text)}`);
  }
  const validate = validateFor(contract, status, mediaType);
  if (!validate(body)) {
    const errors = (validate.errors ?? []).slice(0, 12).map((e) => `  ${e.instancePath || '/'} ${e.message ?? ''} (${e.schemaPath}${e.params ? ` ${JSON.stringify(e.params)}` : ''})`);
    throw new Error(`Answer check: ${name} ${status} does not match its OpenAPI schema:\n${errors.join('\n')}\nBody: ${excerpt(text)}`);
  }
}
