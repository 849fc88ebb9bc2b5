import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { documentApi } from '@/lib/documents/document-api';
import { getDocumentRevision } from '@/lib/documents/document-revision-queries.server';

export const GET = defineRoute(documentApi.revision, async ({ viewer, params }) => {
  const found = await getDocumentRevision(viewer, params.id, params.version);
  if (!found) throw notFound('Document revision');
  return found;
});
