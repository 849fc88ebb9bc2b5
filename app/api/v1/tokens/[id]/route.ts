import { NextResponse } from 'next/server';
import { z } from 'zod';
import { toErrorResponse } from '@/lib/api/respond';
import { assertSameOrigin } from '@/lib/auth/origin-check';
import { authenticateRequest } from '@/lib/auth/request-viewer';
import { requireRole } from '@/lib/auth/viewer';
import { revokeApiToken } from '@/lib/tokens/token-commands.server';

/** Revokes one of the caller's own tokens (a DELETE has no body, so no schema beyond the id). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer, via } = await authenticateRequest(request);
    if (via === 'cookie') assertSameOrigin(request.headers, request.url);
    requireRole(viewer, 'reviewer');
    const id = z.coerce.number().int().positive().parse((await params).id);
    return NextResponse.json(await revokeApiToken(viewer, id));
  } catch (e) {
    return toErrorResponse(e);
  }
}
