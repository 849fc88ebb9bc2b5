import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { documentApi } from '@/lib/documents/document-api';
import { listDocumentRevisions } from '@/lib/documents/document-revision-queries.server';

export const GET = defineRoute(documentApi.revisions, async ({ viewer, params }) => {
  const items = await listDocumentRevisions(viewer, params.id);
  if (!items) throw notFound('Document');
  return { items };
});
