import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { CreateRelationSchema, MergeClaimsSchema } from './relation-schemas';
import { relationRoles } from './relation-permissions';
import { MergeResultSchema, RelationSchema } from './relation-answers';

// The contracts for relating, unrelating and merging claims, read by the route handlers, the
// OpenAPI description and the authorization test alike.
export const relationApi = {
  link: routeContract({
    method: 'POST', path: '/api/v1/claims/{id}/relations', access: relationRoles.link,
    params: IdParamSchema, body: CreateRelationSchema, idempotent: true,
    tag: 'Relations', summary: 'Relate two claims', description: 'contradicts, supports or same_as; a pair is stored once.',
    ok: { status: 201, description: 'The stored relation.', schema: RelationSchema }, errors: [404, 409],
  }),
  merge: routeContract({
    method: 'POST', path: '/api/v1/claims/{id}/merge', access: relationRoles.merge,
    params: IdParamSchema, body: MergeClaimsSchema, idempotent: true,
    tag: 'Claims', summary: 'Merge a duplicate into this claim', ok: { description: 'What moved from the duplicate to the claim that stays.', schema: MergeResultSchema }, errors: [404, 409],
  }),
  unlink: routeContract({
    method: 'DELETE', path: '/api/v1/relations/{id}', access: relationRoles.unlink, params: IdParamSchema,
    tag: 'Relations', summary: 'Remove a relation', ok: { description: 'The removed relation.', schema: RelationSchema }, errors: [404],
  }),
};
