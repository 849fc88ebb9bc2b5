import { z } from 'zod';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';
import { ClaimLifecycleSchema, CreateClaimSchema, EditClaimSchema } from '@/lib/claims/claim-write-schemas';
import { AddAttributionSchema, RemoveAttributionSchema } from '@/lib/attributions/attribution-schemas';
import { CreateRelationSchema, MergeClaimsSchema } from '@/lib/relations/relation-schemas';
import { CompareQuerySchema } from '@/lib/compare/compare-schemas';
import { IdPathSchema, operation, PageSchema, type ApiRoute } from '../openapi-operation';

// One entry per route file under app/api/v1: the request schemas are the handlers' own.
const tag = 'Claims';

export const claimRoutes: ApiRoute[] = [
  {
    path: '/api/v1/claims',
    methods: {
      get: operation({ tag, access: 'reader', summary: 'Search and filter claims', query: ClaimListQuerySchema, ok: { description: 'A page of claims, newest first.', schema: PageSchema } }),
      post: operation({ tag, access: 'reviewer', summary: 'Create a claim with its attributions', body: CreateClaimSchema, idempotent: true, ok: { status: 201, description: 'The created claim.' }, errors: [404, 409] }),
    },
  },
  {
    path: '/api/v1/claims/{id}',
    methods: {
      get: operation({ tag, access: 'reader', summary: 'One claim', description: 'Attributions in provenance order, relations both ways, event.', path: IdPathSchema, ok: { description: 'The claim.' }, errors: [404] }),
      patch: operation({ tag, access: 'reviewer', summary: 'Edit a claim', description: 'The body quotes the `version` it was read at; a stale one is 409.', path: IdPathSchema, body: EditClaimSchema, ok: { description: 'The edited claim.' }, errors: [404, 409] }),
      delete: operation({ tag, access: 'editor', summary: 'Soft-delete a claim (restorable)', path: IdPathSchema, body: ClaimLifecycleSchema, ok: { description: 'The deleted claim.' }, errors: [404, 409] }),
    },
  },
  {
    path: '/api/v1/claims/{id}/restore',
    methods: { post: operation({ tag, access: 'editor', summary: 'Restore a deleted claim', path: IdPathSchema, body: ClaimLifecycleSchema, ok: { description: 'The restored claim.' }, errors: [404, 409] }) },
  },
  {
    path: '/api/v1/claims/{id}/history',
    methods: { get: operation({ tag, access: 'reader', summary: "A claim's revision history", path: IdPathSchema, ok: { description: 'Revisions, newest first.' }, errors: [404] }) },
  },
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
