import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { notFound } from '@/lib/errors';
import { getClaim } from '@/lib/claims/claim-queries.server';
import { ClaimLifecycleSchema, EditClaimSchema } from '@/lib/claims/claim-write-schemas';
import { editClaim } from '@/lib/claims/edit-claim.server';
import { deleteClaim } from '@/lib/claims/delete-claim.server';

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Ctx) {
  try {
    const viewer = await getViewerFromRequest(request);
    const id = await parseIdParam(params);
    const found = await getClaim(viewer, id);
    if (!found) throw notFound('Claim');
    return NextResponse.json(found);
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Edit at the `version` read; 409 with the current claim when someone saved first. */
export async function PATCH(request: Request, { params }: Ctx) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', EditClaimSchema);
    return NextResponse.json(await editClaim(viewer, await parseIdParam(params), input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Soft delete (editor); POST …/restore brings it back. */
export async function DELETE(request: Request, { params }: Ctx) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'editor', ClaimLifecycleSchema);
    return NextResponse.json(await deleteClaim(viewer, await parseIdParam(params), input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
