import { z } from 'zod';
import { CreateAlignmentSchema, UpdateAlignmentSchema } from '@/lib/alignments/alignment-schemas';
import { SourceListQuerySchema } from '@/lib/sources/source-list-schema';
import { CreateSourceSchema, UpdateSourceSchema } from '@/lib/sources/source-schemas';
import { RateSourceSchema } from '@/lib/ratings/rating-schemas';
import { eventApi } from '@/lib/events/event-api';
import { documentApi } from '@/lib/documents/document-api';
import { CreateTokenSchema } from '@/lib/tokens/token-schemas';
import { IdPathSchema, operation, PageSchema, routesFromContracts, type ApiRoute } from '../openapi-operation';

const SlugPathSchema = z.object({ slug: z.string().meta({ description: 'Alignment slug, e.g. pro-government.' }) });

export const catalogRoutes: ApiRoute[] = [
  {
    path: '/api/v1/sources',
    methods: {
      get: operation({ tag: 'Sources', access: 'reader', summary: 'List sources', query: SourceListQuerySchema, ok: { description: 'A page of sources.', schema: PageSchema } }),
      post: operation({ tag: 'Sources', access: 'reviewer', summary: 'Create a source', body: CreateSourceSchema, idempotent: true, ok: { status: 201, description: 'The source.' }, errors: [409] }),
    },
  },
  {
    path: '/api/v1/sources/{id}',
    methods: {
      get: operation({ tag: 'Sources', access: 'reader', summary: 'One source', description: 'Current rating, revision history and alignment history.', path: IdPathSchema, ok: { description: 'The source.' }, errors: [404] }),
      patch: operation({ tag: 'Sources', access: 'reviewer', summary: 'Edit a source', description: 'Changing the alignment needs an editor and `alignmentReason`; quotes `version`.', path: IdPathSchema, body: UpdateSourceSchema, ok: { description: 'The source.' }, errors: [404, 409] }),
    },
  },
  {
    path: '/api/v1/sources/{id}/rating',
    methods: { put: operation({ tag: 'Sources', access: 'reviewer', summary: 'Rate a source (a new revision)', description: 'Quotes the rating `version` it was read at; a stale one is 409 with the current rating.', path: IdPathSchema, body: RateSourceSchema, ok: { description: 'The new rating.' }, errors: [404, 409] }) },
  },
  {
    path: '/api/v1/alignments',
    methods: {
      get: operation({ tag: 'Alignments', access: 'reader', summary: 'The alignment vocabulary', ok: { description: 'Every alignment, in one page.', schema: PageSchema } }),
      post: operation({ tag: 'Alignments', access: 'admin', summary: 'Add an alignment', body: CreateAlignmentSchema, idempotent: true, ok: { status: 201, description: 'The alignment.' }, errors: [409] }),
    },
  },
  {
    path: '/api/v1/alignments/{slug}',
    methods: { patch: operation({ tag: 'Alignments', access: 'admin', summary: 'Rename, recolour, reorder, retire or restore', path: SlugPathSchema, body: UpdateAlignmentSchema, ok: { description: 'The alignment.' }, errors: [404, 409] }) },
  },
  ...routesFromContracts([...Object.values(eventApi), ...Object.values(documentApi)]),
  {
    path: '/api/v1/tokens',
    methods: {
      get: operation({ tag: 'Tokens', access: 'reviewer', summary: 'Your API tokens', ok: { description: 'Tokens (never their secrets).' } }),
      post: operation({ tag: 'Tokens', access: 'reviewer', summary: 'Create an API token', description: 'The raw token is in this response only. Only a signed-in session creates tokens: a request made with an API token gets 403 `token_cannot_create_tokens`.', body: CreateTokenSchema, ok: { status: 201, description: 'The token, with its secret once.' } }),
    },
  },
  {
    path: '/api/v1/tokens/{id}',
    methods: { delete: operation({ tag: 'Tokens', access: 'reviewer', summary: 'Revoke one of your tokens', path: IdPathSchema, ok: { description: 'The revoked token.' }, errors: [404] }) },
  },
];
