import { z } from 'zod';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';
import { ClaimLifecycleSchema, CreateClaimSchema, EditClaimSchema } from '@/lib/claims/claim-write-schemas';
import { AddAttributionSchema, RemoveAttributionSchema } from '@/lib/attributions/attribution-schemas';
import { CreateRelationSchema, MergeClaimsSchema } from '@/lib/relations/relation-schemas';
import { CompareQuerySchema } from '@/lib/compare/compare-schemas';
import { claimApi } from '@/lib/claims/claim-api';
import { IdPathSchema, operation, routesFromContracts, type ApiRoute } from '../openapi-operation';

// One entry per route file under app/api/v1: the request schemas are the handlers' own.
const tag = 'Claims';

export const claimRoutes: ApiRoute[] = [
  ...routesFromContracts(Object.values(claimApi)),
  {
    path: '/api/v1/claims/{id}/attributions',
    methods: { post: operation({ tag, access: 'reviewer', summary: 'Add an attribution to a claim', path: IdPathSchema, body: AddAttributionSchema, idempotent: true, ok: { status: 201, description: 'The claim with the new attribution.' }, errors: [404, 409] }) },
  },
  {
    path: '/api/v1/claims/{id}/attributions/{attributionId}',
    methods: {
      delete: operation({
        tag, access: 'reviewer', summary: 'Remove an attribution',
        path: z.object({ id: IdPathSchema.shape.id, attributionId: IdPathSchema.shape.id }),
        body: RemoveAttributionSchema, ok: { description: 'The claim without it.' }, errors: [404, 409],
      }),
    },
  },
  {
    path: '/api/v1/claims/{id}/relations',
    methods: { post: operation({ tag: 'Relations', access: 'reviewer', summary: 'Relate two claims', description: 'contradicts, supports or same_as; a pair is stored once.', path: IdPathSchema, body: CreateRelationSchema, idempotent: true, ok: { status: 201, description: 'The relation.' }, errors: [404, 409] }) },
  },
  {
    path: '/api/v1/claims/{id}/merge',
    methods: { post: operation({ tag, access: 'editor', summary: 'Merge a duplicate into this claim', path: IdPathSchema, body: MergeClaimsSchema, idempotent: true, ok: { description: 'The surviving claim.' }, errors: [404, 409] }) },
  },
  {
    path: '/api/v1/relations/{id}',
    methods: { delete: operation({ tag: 'Relations', access: 'reviewer', summary: 'Remove a relation', path: IdPathSchema, ok: { description: 'The removed relation.' }, errors: [404] }) },
  },
  {
    path: '/api/v1/compare',
    methods: { get: operation({ tag, access: 'reader', summary: 'Side-by-side comparison', query: CompareQuerySchema, ok: { description: 'Two to six claims in columns, with their relations.' }, errors: [404] }) },
  },
];
