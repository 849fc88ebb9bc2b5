import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { notFound } from '@/lib/errors';
import { getClaim } from '@/lib/claims/claim-queries.server';
import { toClaimReview } from '@/lib/claimreview/claimreview';
import { reviewingOrg } from '@/lib/claimreview/reviewing-org';

/** schema.org ClaimReview JSON-LD; 404 when the claim is missing, deleted or has no verdict. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const viewer = await getViewerFromRequest(request);
    const claim = await getClaim(viewer, await parseIdParam(params));
    if (!claim || claim.deletedAt || claim.mergedIntoId !== null) throw notFound('Claim');
    const review = toClaimReview(claim, reviewingOrg(request.url));
    if (!review) throw notFound('Claim review (this claim has no verdict)');
    return NextResponse.json(review, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
