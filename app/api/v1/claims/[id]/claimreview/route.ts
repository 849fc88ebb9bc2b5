import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { getClaim } from '@/lib/claims/claim-queries.server';
import { claimReviewApi } from '@/lib/claimreview/claimreview-api';
import { toClaimReview } from '@/lib/claimreview/claimreview';
import { reviewingOrg } from '@/lib/claimreview/reviewing-org';

/** schema.org ClaimReview JSON-LD; 404 when the claim is missing, deleted or has no verdict. */
export const GET = defineRoute(claimReviewApi.get, async ({ request, viewer, params }) => {
  const claim = await getClaim(viewer, params.id);
  if (!claim || claim.deletedAt || claim.mergedIntoId !== null) throw notFound('Claim');
  const review = toClaimReview(claim, reviewingOrg(request.url));
  if (!review) throw notFound('Claim review (this claim has no verdict)');
  return NextResponse.json(review, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
});
