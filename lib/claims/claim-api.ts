import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { ClaimListQuerySchema } from './claim-schemas';
import { ClaimLifecycleSchema, CreateClaimSchema, EditClaimSchema } from './claim-write-schemas';
import { claimRoles } from './claim-permissions';
import { ClaimDetailSchema, ClaimPageSchema, ClaimStateSchema, HistoryPageSchema } from './claim-answers';

// The /api/v1/claims contracts: inputs, least role and documented answers, read by the route
// handlers, the OpenAPI description and the authorization test alike.
const tag = 'Claims';

export const claimApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/claims', access: 'reader', query: ClaimListQuerySchema,
    tag, summary: 'Search and filter claims', ok: { description: 'A page of claims, newest first.', schema: ClaimPageSchema },
  }),
  create: routeContract({
    method: 'POST', path: '/api/v1/claims', access: claimRoles.create, body: CreateClaimSchema, idempotent: true,
    tag, summary: 'Create a claim with its attributions', ok: { status: 201, description: 'The created claim (its URL in Location).', schema: ClaimDetailSchema }, errors: [404, 409],
  }),
  get: routeContract({
    method: 'GET', path: '/api/v1/claims/{id}', access: 'reader', params: IdParamSchema,
    tag, summary: 'One claim', description: 'Attributions in provenance order, relations both ways, event.',
    ok: { description: 'The claim.', schema: ClaimDetailSchema }, errors: [404],
  }),
  edit: routeContract({
    method: 'PATCH', path: '/api/v1/claims/{id}', access: claimRoles.edit, params: IdParamSchema, body: EditClaimSchema,
    tag, summary: 'Edit a claim', description: 'The body quotes the `version` it was read at; a stale one is 409.',
    ok: { description: 'The edited claim as its history keeps it, at its new version.', schema: ClaimStateSchema }, errors: [404, 409],
  }),
  delete: routeContract({
    method: 'DELETE', path: '/api/v1/claims/{id}', access: claimRoles.delete, params: IdParamSchema, body: ClaimLifecycleSchema,
    tag, summary: 'Soft-delete a claim (restorable)', ok: { description: 'The deleted claim as its history keeps it.', schema: ClaimStateSchema }, errors: [404, 409],
  }),
  restore: routeContract({
    method: 'POST', path: '/api/v1/claims/{id}/restore', access: claimRoles.restore, params: IdParamSchema, body: ClaimLifecycleSchema,
    tag, summary: 'Restore a deleted claim', ok: { description: 'The restored claim as its history keeps it.', schema: ClaimStateSchema }, errors: [404, 409],
  }),
  history: routeContract({
    method: 'GET', path: '/api/v1/claims/{id}/history', access: 'reader', params: IdParamSchema,
    tag, summary: "A claim's revision history", ok: { description: 'Revisions, newest first.', schema: HistoryPageSchema }, errors: [404],
  }),
};
