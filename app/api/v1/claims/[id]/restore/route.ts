import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { ClaimLifecycleSchema } from '@/lib/claims/claim-write-schemas';
import { restoreClaim } from '@/lib/claims/delete-claim.server';

/** Restores a soft-deleted claim (editor). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'editor', ClaimLifecycleSchema);
    return NextResponse.json(await restoreClaim(viewer, await parseIdParam(params), input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
