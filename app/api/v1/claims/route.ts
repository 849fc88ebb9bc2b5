import { NextResponse } from 'next/server';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';
import { listClaimsJson } from '@/lib/claims/claim-queries.server';
import { CreateClaimSchema } from '@/lib/claims/claim-write-schemas';
import { createClaim } from '@/lib/claims/create-claim.server';

export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    const query = ClaimListQuerySchema.parse(queryOf(request));
    // The body comes as JSON text: PostgreSQL writes the list's items (issue 6).
    const body = await listClaimsJson(viewer, query);
    return new NextResponse(body, { headers: { 'content-type': 'application/json' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** A claim with its attributions (relays by index) in one transaction; 201 with the claim. */
export const POST = withIdempotency(async (request: Request) => {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', CreateClaimSchema);
    const claim = await createClaim(viewer, input, ip);
    return NextResponse.json(claim, { status: 201, headers: { Location: `/api/v1/claims/${claim.id}` } });
  } catch (e) {
    return toErrorResponse(e);
  }
});
