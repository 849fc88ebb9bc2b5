import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { parseIdParam } from '@/lib/api/id-param';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { MergeClaimsSchema } from '@/lib/relations/relation-schemas';
import { mergeClaims } from '@/lib/relations/merge-claims.server';

/** `{ mergeId }`: the claim in the path stays and the duplicate is folded into it (editor). */
export const POST = withIdempotency(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'editor', MergeClaimsSchema);
    return NextResponse.json(await mergeClaims(viewer, await parseIdParam(params), input.mergeId, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
});
