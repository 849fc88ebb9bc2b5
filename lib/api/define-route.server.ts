import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { authenticateRequest } from '@/lib/auth/request-viewer';
import { requireApiRole, type Writer } from '@/lib/auth/require-writer';
import { clientIp } from '@/lib/auth/client-address';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { requireSessionForNewToken } from './session-only';
import { withIdempotency } from './idempotency.server';
import { checkedAnswer } from './answer-check-hook';
import { queryOf, readJson, toErrorResponse } from './respond';
import type { Access, AnswerOf, RouteContract } from './route-contract';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteInput<P, Q, B, V> = {
  request: Request;
  /** A writer for write routes (role already checked), possibly anonymous for readers. */
  viewer: V;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  ip: string;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type RouteHandler = ((request: Request, context?: RouteContext) => Promise<Response>) & { contract: RouteContract };

/**
 * Every /api/v1 handler: who is asking (token, or cookie + exact Origin for writes), the least
 * role, path, query and body parsed by the contract's schemas, then `run`; any failure goes
 * through the one error mapper. `run` returns the answer's data (sent as JSON with the
 * contract's success status) or a Response of its own (a Location header, a stream, a file).
 */
export function defineRoute<
  A extends Access,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  O extends z.ZodType | undefined,
>(
  contract: RouteContract<A, P, Q, B, O>,
  // The answer is checked against the contract's schema by the compiler: a field cannot be
  // renamed on one side only. A Response of its own (a stream, a file, a Location) is not.
  run: (input: RouteInput<P, Q, B, A extends 'reader' ? Viewer : Writer>) => Promise<AnswerOf<O> | Response>,
): RouteHandler {
  const handle = async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      let viewer: Viewer;
      let ip: string;
      if (contract.anonymous) {
        viewer = null;
        ip = '';
      } else if (contract.access === 'reader' || contract.method === 'GET') {
        // Reading rules (public or private) are checked by the lib function with the viewer. A
        // read behind a role (one's own tokens) changes nothing, so it needs no Origin either.
        viewer = (await authenticateRequest(request)).viewer;
        if (contract.access !== 'reader') requireRole(viewer, contract.access);
        ip = clientIp(request.headers);
      } else {
        const auth = await requireApiRole(request, contract.access);
        if (contract.sessionOnly) requireSessionForNewToken(auth.via);
        viewer = auth.viewer;
        ip = auth.ip;
      }
      const params = contract.params ? contract.params.parse(await context?.params) : undefined;
      const query = contract.query ? contract.query.parse(queryOf(request)) : undefined;
      let body: unknown;
      if (contract.body) {
        // No body at all (a plain DELETE) is an empty object: the schema decides what is required.
        const empty = request.body === null || request.headers.get('content-length') === '0';
        body = contract.body.parse(empty ? {} : await readJson(request, contract.maxBytes));
      }
      const result = await run({ request, viewer, params, query, body, ip } as never);
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: contract.ok.status ?? 200 });
    } catch (e) {
      return toErrorResponse(e);
    }
  };
  const answer = contract.idempotent ? withIdempotency(handle, { maxBytes: contract.maxBytes }) : handle;
  const handler = async (request: Request, context?: RouteContext) => checkedAnswer(contract as unknown as RouteContract, await answer(request, context));
  return Object.assign(handler, { contract: contract as unknown as RouteContract });
}
