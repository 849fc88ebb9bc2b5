import { z } from 'zod';
import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema, PathIdSchema } from '@/lib/api/id-param';
import { VersionSchema } from '@/lib/fields/field-schemas';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { CreateDocumentSchema, UpdateDocumentSchema } from './document-schemas';
import { documentRoles } from './document-permissions';
import { DocumentDetailSchema, DocumentEditResultSchema, DocumentPageSchema, DocumentSchema } from './document-answers';
import { DocumentRevisionListSchema, DocumentRevisionTextSchema } from './document-revision-answers';

// The /api/v1/documents contracts: inputs, least role and documented answers, read by the route
// handlers, the OpenAPI description and the authorization test alike.
const tag = 'Documents';

const RevisionParamsSchema = z.object({
  id: PathIdSchema,
  version: VersionSchema.meta({ description: 'The document version whose title and text to read.', param: { required: true } }),
});

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
    tag, summary: 'Edit a document', ok: { description: 'The document, and what a new text did to its quotes.', schema: DocumentEditResultSchema }, errors: [404, 409, 413],
    description: 'A changed title or text keeps the replaced one, with its SHA-256 and the re-anchoring report, in the text history.',
  }),
  revisions: routeContract({
    method: 'GET', path: '/api/v1/documents/{id}/revisions', access: 'reader', params: IdParamSchema,
    tag, summary: "A document's text history", ok: { description: 'Earlier titles and texts (without the texts), newest first.', schema: DocumentRevisionListSchema }, errors: [404],
  }),
  revision: routeContract({
    method: 'GET', path: '/api/v1/documents/{id}/revisions/{version}', access: 'reader', params: RevisionParamsSchema,
    tag, summary: 'One earlier text of a document', ok: { description: 'The title and text the document had at that version.', schema: DocumentRevisionTextSchema }, errors: [404],
  }),
};
