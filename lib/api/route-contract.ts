import type { z } from 'zod';
import type { Role } from '@/lib/generated/prisma/enums';

// A route's contract: everything about an /api/v1 operation except the work it does. The route
// handler (defineRoute), the OpenAPI description and the authorization test all read it, so a
// write's least role, its inputs and its documented answers are written once.

/** `reader`: anyone the deployment lets read (public by default); otherwise the least role. */
export type Access = 'reader' | Role;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type ErrorStatus = 404 | 409 | 413 | 429;

export type SuccessDoc<O extends z.ZodType | undefined = z.ZodType | undefined> = {
  status?: 200 | 201;
  description: string;
  /** The answer's schema; omitted only where the body is not JSON (feeds, files). */
  schema?: O;
  contentType?: string;
  /** Other media types the same answer may come as (a `format` query parameter), same schema. */
  moreContentTypes?: string[];
};

export type RouteContract<
  A extends Access = Access,
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  O extends z.ZodType | undefined = z.ZodType | undefined,
> = {
  method: HttpMethod;
  /** The OpenAPI path template: `/api/v1/claims/{id}`. */
  path: string;
  access: A;
  /** Only a signed-in browser session, never an API token (creating tokens). */
  sessionOnly?: boolean;
  /** A reader route that reads no credentials at all (it holds no data): public even when reading is private. */
  anonymous?: A extends 'reader' ? boolean : never;
  params?: P;
  query?: Q;
  /** A JSON body. Routes that read another kind of body (an upload) leave it out and read the request. */
  body?: B;
  /** The request body the route reads itself, for the description only. */
  rawBody?: { contentTypes: string[]; description?: string; schema?: z.ZodType };
  /** A creating POST that accepts an Idempotency-Key (lib/api/idempotency.server.ts). */
  idempotent?: boolean;
  /** Largest body accepted, in bytes (JSON bodies and idempotency fingerprints). */
  maxBytes?: number;
  tag: string;
  summary: string;
  description?: string;
  ok: SuccessDoc<O>;
  /** Errors beyond the ones implied by the access level and inputs. */
  errors?: ErrorStatus[];
  /** A 308 the route may answer instead (a merged record's address), described here. */
  permanentRedirect?: string;
};

/** Declares a contract with its schema types kept, for defineRoute to infer the handler's input. */
export function routeContract<
  A extends Access,
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  O extends z.ZodType | undefined = undefined,
>(contract: RouteContract<A, P, Q, B, O>): RouteContract<A, P, Q, B, O> {
  return contract;
}

/** `METHOD /api/v1/…` — the key the authorization test and the coverage check use. */
export const contractKey = (c: Pick<RouteContract, 'method' | 'path'>) => `${c.method} ${c.path}`;

/**
 * What a handler may return for an answer schema: the schema's JSON shape, where any string may
 * still be a Date (JSON.stringify writes it as the ISO string the schema describes).
 */
export type AnswerOf<O> = O extends z.ZodType ? Serializable<z.output<O>> : unknown;
type Serializable<T> = T extends string
  ? T | Date
  : T extends readonly (infer U)[]
    ? Serializable<U>[]
    : T extends object
      ? { [K in keyof T]: Serializable<T[K]> }
      : T;
