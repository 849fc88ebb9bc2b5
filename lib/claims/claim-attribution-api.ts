import { z } from 'zod';
import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema, PathIdSchema } from '@/lib/api/id-param';
import { AddAttributionSchema, EditAttributionSchema, RemoveAttributionSchema } from '@/lib/attributions/attribution-schemas';
import { attributionRoles } from '@/lib/attributions/attribution-permissions';
import { AttributionAddedSchema, ClaimStateSchema } from './claim-answers';

// The /api/v1/claims/{id}/attributions contracts, read by the route handlers, the OpenAPI
// description and the authorization test alike. Here, not in lib/attributions: adding or removing
// an attribution is a claim change, and its answer is the claim's new state.
const tag = 'Claims';
const attributionParams = z.object({ id: PathIdSchema, attributionId: PathIdSchema });

export const attributionApi = {
  add: routeContract({
    method: 'POST', path: '/api/v1/claims/{id}/attributions', access: attributionRoles.add,
    params: IdParamSchema, body: AddAttributionSchema, idempotent: true,
    tag, summary: 'Add an attribution to a claim', ok: { status: 201, description: 'The new attribution’s id and the claim’s new state.', schema: AttributionAddedSchema }, errors: [404, 409],
  }),
  edit: routeContract({
    method: 'PATCH', path: '/api/v1/claims/{id}/attributions/{attributionId}', access: attributionRoles.edit,
    params: attributionParams, body: EditAttributionSchema,
    tag, summary: 'Correct an attribution',
    description: 'Changes a hop’s role, venue, date said, or which attribution of the same claim it relays (`relaysId`; null for none), '
      + 'at the claim’s `version` (409 `conflict` with the current claim when stale). A relay cannot point at itself, at a denial or '
      + 'into a cycle (400 on `relaysId`). The reason is kept in the claim’s history as an `attribution.edit` revision.',
    ok: { description: 'The claim’s new state, with its recounted origins and carriers.', schema: ClaimStateSchema }, errors: [404, 409],
  }),
  remove: routeContract({
    method: 'DELETE', path: '/api/v1/claims/{id}/attributions/{attributionId}', access: attributionRoles.remove,
    params: attributionParams, body: RemoveAttributionSchema,
    tag, summary: 'Remove an attribution',
    description: 'Removes a hop, with an optional `reason` kept in the claim’s history. A hop that other attributions relay is refused '
      + 'with 409 `relayed`, naming them in `current.relayedBy`: re-point them (PATCH) or remove them first.',
    ok: { description: 'The claim’s new state, without it.', schema: ClaimStateSchema }, errors: [404, 409],
  }),
};
