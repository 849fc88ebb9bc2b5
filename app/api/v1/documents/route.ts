import { defineRoute } from '@/lib/api/define-route.server';
import { documentApi } from '@/lib/documents/document-api';
import { listDocuments } from '@/lib/documents/document-queries.server';
import { createDocument } from '@/lib/documents/create-document.server';

export const GET = defineRoute(documentApi.list, ({ viewer, query }) => listDocuments(viewer, query));

/** A captured page; a URL already stored (after normalising) is a 409 offering that document. */
export const POST = defineRoute(documentApi.create, ({ viewer, body, ip }) => createDocument(viewer, body, ip));
