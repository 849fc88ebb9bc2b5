import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { assertSameOrigin } from '@/lib/auth/origin-check';
import { clientIp } from '@/lib/auth/rate-limit.server';
import { authenticateRequest } from '@/lib/auth/request-viewer';
import { requireRole } from '@/lib/auth/viewer';
import { deleteRelation } from '@/lib/relations/relation-commands.server';

/**
 * Removes a relation (audited). A DELETE has no body, so requireApiWriter (which parses one)
 * does not fit; the same checks as there, as the token revoke route does.
 */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer, via } = await authenticateRequest(request);
    if (via === 'cookie') assertSameOrigin(request.headers, request.url);
    requireRole(viewer, 'reviewer');
    return NextResponse.json(await deleteRelation(viewer, await parseIdParam(params), clientIp(request.headers)));
  } catch (e) {
    return toErrorResponse(e);
  }
}
