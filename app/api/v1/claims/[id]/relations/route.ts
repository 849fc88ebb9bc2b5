import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { parseIdParam } from '@/lib/api/id-param';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { CreateRelationSchema } from '@/lib/relations/relation-schemas';
import { createRelation } from '@/lib/relations/relation-commands.server';

/** `{ targetClaimId, type, note?, disputes?, direction? }` → the stored relation; 201. */
export const POST = withIdempotency(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', CreateRelationSchema);
    const created = await createRelation(viewer, await parseIdParam(params), input, ip);
    return NextResponse.json(created, { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
});
