import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import type { Role } from '@/lib/generated/prisma/enums';
import { IdParamSchema } from '@/lib/api/id-param';
import { IdempotencyHeaderSchema } from '@/lib/api/idempotency-key';
import type { RouteContract } from '@/lib/api/route-contract';
import { ObjectSchema, PageSchema } from '@/lib/api/answer-schemas';

// Builds operations for the OpenAPI registry: the request side is the handlers' own zod
// schemas; the error side is lib/api/respond.ts's one shape.

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
    }),
    current: z.unknown().optional().meta({ description: 'On a 409 for a stale `version`: the record as it now is, to compare with yours.' }),
  })
  .meta({ id: 'Error', description: 'Every error: 400 with offending fields, 401, 403, 404, 409 (with `current` when stale), 413, 422, 429, 500, 503.' });

export { ObjectSchema, PageSchema };

export const IdPathSchema = IdParamSchema;

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ApiRoute = { path: string; methods: Partial<Record<Method, ZodOpenApiOperationObject>> };

type Access = 'reader' | Role;
type Success = { status?: 200 | 201; description: string; schema?: z.ZodType; contentType?: string; moreContentTypes?: string[] };
type OperationSpec = {
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  path?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  ok: Success;
  /** Errors beyond the ones implied by the access level and inputs. */
  errors?: (404 | 409 | 413 | 429)[];
  /** A creating POST that accepts an Idempotency-Key (lib/api/idempotency.server.ts). */
  idempotent?: boolean;
  /** Refused to API tokens: only a signed-in session (creating tokens). */
  sessionOnly?: boolean;
  /** The route reads a body of another kind itself (an upload): it can be invalid or too large too. */
  rawBody?: unknown;
  /** A 308 with a Location and no body, described here. */
  permanentRedirect?: string;
};

// Each status with the `error.code`s it carries, so a client can branch on the code.
const ERROR_TEXT: Record<number, string> = {
  400: '`invalid_input` (`fields` names what to fix), `invalid_json`, or `nothing_to_change` (an edit with no changed field).',
  401: '`unauthenticated` (not signed in, or private reading with no session or token) or `invalid_token` (a revoked, expired or unknown token).',
  403: '`forbidden` (role too low) or `cross_site` (a cookie request from another origin).',
  404: '`not_found`.',
  409: '`conflict` (a stale `version`: `current` holds the record as it is now), `duplicate`, or `merged` (the record was merged: `current.mergedIntoId` names the one to use).',
  413: '`too_large`: the body exceeds the size limit.',
  422: '`idempotency_key_reused`: this Idempotency-Key came with another body or path.',
  429: '`rate_limited` (Retry-After).',
  500: '`internal`: an unexpected failure on our side.',
  503: '`unavailable`: the database cannot be reached; try again shortly.',
};

const errorResponse = (status: number) => ({
  description: ERROR_TEXT[status],
  content: { 'application/json': { schema: ErrorSchema } },
});

export function operation(spec: OperationSpec): ZodOpenApiOperationObject {
  const statuses = new Set<number>(spec.errors ?? []);
  if (spec.path || spec.query || spec.body || spec.rawBody) statuses.add(400);
  // Every body is read with a size cap (readJson, the idempotency fingerprint, uploads).
  if (spec.body || spec.rawBody) statuses.add(413);
  statuses.add(401);
  if (spec.access !== 'reader') statuses.add(403);
  if (spec.idempotent) statuses.add(409).add(422);
  // Any operation: an unexpected failure, or the database out of reach.
  statuses.add(500).add(503);
  const responses: Record<string, unknown> = {
    [String(spec.ok.status ?? 200)]: {
      description: spec.ok.description,
      content: Object.fromEntries(
        [spec.ok.contentType ?? 'application/json', ...(spec.ok.moreContentTypes ?? [])].map((type) => [type, { schema: spec.ok.schema ?? ObjectSchema }]),
      ),
    },
  };
  if (spec.permanentRedirect) responses['308'] = { description: spec.permanentRedirect };
  for (const s of [...statuses].sort()) responses[String(s)] = errorResponse(s);
  if (spec.sessionOnly) {
    responses['403'] = { ...errorResponse(403), description: `${ERROR_TEXT[403]} Or \`token_cannot_create_tokens\`: this needs a signed-in browser session, not an API token.` };
  }
  if (spec.idempotent) {
    responses['409'] = { ...errorResponse(409), description: `${ERROR_TEXT[409]} Or \`idempotency_key_in_flight\`: the first request with this Idempotency-Key is still running (Retry-After).` };
  }
  const params = { ...(spec.path ? { path: spec.path } : {}), ...(spec.query ? { query: spec.query } : {}), ...(spec.idempotent ? { header: IdempotencyHeaderSchema } : {}) };
  const who = spec.access === 'reader' ? 'Readers (public unless the deployment is private).' : `Least role: ${spec.access}.`;
  return {
    summary: spec.summary,
    description: [spec.description, who].filter(Boolean).join('\n\n'),
    tags: [spec.tag],
    ...(spec.access === 'reader' ? {} : { security: [{ bearerAuth: [] }, { sessionCookie: [] }] }),
    ...(Object.keys(params).length ? { requestParams: params } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
    responses: responses as ZodOpenApiResponsesObject,
  };
}

/** An operation from a route contract (lib/api/route-contract.ts): the same declaration the handler runs. */
export function operationFromContract(c: RouteContract): ZodOpenApiOperationObject {
  const op = operation({ ...c, path: c.params });
  if (c.rawBody) {
    const schema = c.rawBody.schema ?? z.string();
    op.requestBody = {
      required: true,
      ...(c.rawBody.description ? { description: c.rawBody.description } : {}),
      content: Object.fromEntries(c.rawBody.contentTypes.map((type) => [type, { schema }])),
    };
  }
  return op;
}

/** Contracts grouped by path, in the order given. */
export function routesFromContracts(contracts: RouteContract[]): ApiRoute[] {
  const byPath = new Map<string, ApiRoute>();
  for (const c of contracts) {
    const route = byPath.get(c.path) ?? { path: c.path, methods: {} };
    route.methods[c.method.toLowerCase() as Method] = operationFromContract(c);
    byPath.set(c.path, route);
  }
  return [...byPath.values()];
}
