import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { RateSourceSchema } from './rating-schemas';
import { ratingRoles } from './rating-permissions';
import { RatingEditResultSchema } from './rating-answers';

// The /api/v1/sources/{id}/rating contract: inputs, least role and documented answers, read by
// the route handler, the OpenAPI description and the authorization test alike.
export const ratingApi = {
  rate: routeContract({
    method: 'PUT', path: '/api/v1/sources/{id}/rating', access: ratingRoles.rate, params: IdParamSchema, body: RateSourceSchema,
    tag: 'Sources', summary: 'Rate a source (a new revision)',
    description: 'Quotes the rating `version` it was read at; a stale one is 409 with the current rating.',
    ok: { description: 'The new rating revision.', schema: RatingEditResultSchema }, errors: [404, 409],
  }),
};
