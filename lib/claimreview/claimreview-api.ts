import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { ClaimReviewSchema } from './claimreview-answers';

// The ClaimReview contract, read by the route handler and the OpenAPI description.
export const claimReviewApi = {
  get: routeContract({
    method: 'GET', path: '/api/v1/claims/{id}/claimreview', access: 'reader', params: IdParamSchema,
    tag: 'Interoperability', summary: 'schema.org ClaimReview (JSON-LD)',
    description: 'Only for claims with a verdict (credibility 1–5): ratingValue = 6 − credibility on worstRating 1 … bestRating 5.',
    ok: { description: 'ClaimReview JSON-LD.', contentType: 'application/ld+json', schema: ClaimReviewSchema }, errors: [404],
  }),
};
