import { z } from 'zod';
import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema, PathIdSchema } from '@/lib/api/id-param';
import { AddAttributionSchema, RemoveAttributionSchema } from '@/lib/attributions/attribution-schemas';
import { attributionRoles } from '@/lib/attributions/attribution-permissions';
import { AttributionAddedSchema, ClaimStateSchema } from './claim-answers';

// The /api/v1/claims/{id}/attributions contracts, read by the route handlers, the OpenAPI
// description and the authorization test alike. Here, not in lib/attributions: adding or removing
// an attribution is a claim change, and its answer is the claim's new state.
const tag = 'Claims';

export const attributionApi = {
  add: routeContract({
    method: 'POST', path: '/api/v1/claims/{id}/attributions', access: attributionRoles.add,
    params: IdParamSchema, body: AddAttributionSchema, idempotent: true,
    tag, summary: 'Add an attribution to a claim', ok: { status: 201, description: 'The new attribution’s id and the claim’s new state.', schema: AttributionAddedSchema }, errors: [404, 409],
  }),
  remove: routeContract({
    method: 'DELETE', path: '/api/v1/claims/{id}/attributions/{attributionId}', access: attributionRoles.remove,
    params: z.object({ id: PathIdSchema, attributionId: PathIdSchema }), body: RemoveAttributionSchema,
    tag, summary: 'Remove an attribution', ok: { description: 'The claim’s new state, without it.', schema: ClaimStateSchema }, errors: [404, 409],
  }),
};
