import 'server-only';
import { z } from 'zod';
import type { Role } from '@/lib/generated/prisma/enums';
import { readJson } from '@/lib/api/respond';
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
