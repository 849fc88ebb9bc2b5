import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { requireApiRole } from '@/lib/auth/require-writer';
import { deleteRelation } from '@/lib/relations/relation-commands.server';

/** Removes a relation (audited). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer, ip } = await requireApiRole(request, 'reviewer');
    return NextResponse.json(await deleteRelation(viewer, await parseIdParam(params), ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
