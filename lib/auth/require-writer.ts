import 'server-only';
import type { Role } from '@/lib/generated/prisma/enums';
import { assertSameOrigin } from './origin-check';
import { clientIp } from './client-address';
import { authenticateRequest } from './request-viewer';
import { requireRole, type Viewer } from './viewer';

export type Writer = NonNullable<Viewer>;
export type WriteContext = { ip: string };

/**
 * Who (token, or cookie + Origin) and which role, for every API write; defineRoute
 * (lib/api/define-route.server.ts) calls it before parsing the contract's inputs.
 */
export async function requireApiRole(request: Request, minimum: Role) {
  const { viewer, via } = await authenticateRequest(request);
  if (via === 'cookie') assertSameOrigin(request.headers, request.url);
  requireRole(viewer, minimum);
  return { viewer, ip: clientIp(request.headers), via };
}
