import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { requireApiRole } from '@/lib/auth/require-writer';
import { revokeApiToken } from '@/lib/tokens/token-commands.server';

/** Revokes one of the caller's own tokens. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer, ip } = await requireApiRole(request, 'reviewer');
    return NextResponse.json(await revokeApiToken(viewer, await parseIdParam(params), ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
