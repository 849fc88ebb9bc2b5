import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { CreateDocumentSchema, UpdateDocumentSchema } from './document-schemas';
import { documentRoles } from './document-permissions';
import { DocumentDetailSchema, DocumentEditResultSchema, DocumentPageSchema, DocumentSchema } from './document-answers';

// The /api/v1/documents contracts: inputs, least role and documented answers, read by the route
// handlers, the OpenAPI description and the authorization test alike.
const tag = 'Documents';

export const documentApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/documents', access: 'reader', query: PageQuerySchema,
    tag, summary: 'List documents', ok: { description: 'A page of documents.', schema: DocumentPageSchema },
  }),
  create: routeContract({
    method: 'POST', path: '/api/v1/documents', access: documentRoles.create, body: CreateDocumentSchema, idempotent: true,
    tag, summary: 'Capture a document with its text snapshot', ok: { status: 201, description: 'The document (without its text).', schema: DocumentSchema }, errors: [409, 413],
  }),
  get: routeContract({
    method: 'GET', path: '/api/v1/documents/{id}', access: 'reader', params: IdParamSchema,
    tag, summary: 'One document with its stored text', ok: { description: 'The document and its located quotes.', schema: DocumentDetailSchema }, errors: [404],
  }),
  edit: routeContract({
    method: 'PATCH', path: '/api/v1/documents/{id}', access: documentRoles.edit, params: IdParamSchema, body: UpdateDocumentSchema,
    tag, summary: 'Edit a document', ok: { description: 'The document, and what a new text did to its quotes.', schema: DocumentEditResultSchema }, errors: [404, 409],
  }),
};
