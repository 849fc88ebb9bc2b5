import 'server-only';
import { z } from 'zod';
import type { Role } from '@/lib/generated/prisma/enums';
import { readJson } from '@/lib/api/respond';
import { isDomainError, type FieldErrors } from '@/lib/errors';
import { loadSessionViewer, sessionFromHeaders } from './load-viewer.server';
import { assertSameOrigin } from './origin-check';
import { clientIp } from './client-address';
import { authenticateRequest } from './request-viewer';
import { requireRole, type Viewer } from './viewer';

export type Writer = NonNullable<Viewer>;
export type WriteContext = { ip: string };

/**
 * Who (token, or cookie + Origin) and which role, for every API write. Used alone where the
 * body is not a JSON object (a DELETE, an uploaded file); requireApiWriter adds the schema.
 */
export async function requireApiRole(request: Request, minimum: Role) {
  const { viewer, via } = await authenticateRequest(request);
  if (via === 'cookie') assertSameOrigin(request.headers, request.url);
  requireRole(viewer, minimum);
  return { viewer, ip: clientIp(request.headers), via };
}

/** Every API write with a JSON body starts here: requireApiRole, then the body's schema. */
export async function requireApiWriter<S extends z.ZodType>(request: Request, minimum: Role, schema: S) {
  const { viewer, ip, via } = await requireApiRole(request, minimum);
  // No body at all (a plain DELETE) is an empty object: the schema decides what is required.
  const empty = request.body === null || request.headers.get('content-length') === '0';
  const input: z.output<S> = schema.parse(empty ? {} : await readJson(request));
  return { viewer, input, ip, via };
}

export type ActionState<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; status: number; code: string; message: string; fields?: FieldErrors; current?: unknown }
  | null;

function formObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/**
 * A server action's checks in one place: session (re-read from the database), Origin, role,
 * schema. `handle` takes the request headers so tests can call it without a Next request.
 */
export function defineAction<S extends z.ZodType, R>(spec: {
  role: Role;
  schema: S;
  run: (viewer: Writer, input: z.output<S>, ctx: WriteContext) => Promise<R>;
}) {
  return {
    role: spec.role,
    async handle(headers: Headers, formData: FormData): Promise<ActionState<R>> {
      try {
        const viewer = await loadSessionViewer(await sessionFromHeaders(headers));
        if (viewer) assertSameOrigin(headers);
        requireRole(viewer, spec.role);
        const input = spec.schema.parse(formObject(formData));
        return { ok: true, data: await spec.run(viewer, input, { ip: clientIp(headers) }) };
      } catch (e) {
        if (e instanceof z.ZodError) {
          return { ok: false, status: 400, code: 'invalid_input', message: 'Some fields need attention.', fields: z.flattenError(e).fieldErrors as FieldErrors };
        }
        if (isDomainError(e)) {
          return { ok: false, status: e.status, code: e.code, message: e.message, fields: e.fields, current: e.details };
        }
        throw e;
      }
    },
  };
}
