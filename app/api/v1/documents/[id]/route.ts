import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { documentApi } from '@/lib/documents/document-api';
import { getDocument } from '@/lib/documents/document-queries.server';
import { updateDocument } from '@/lib/documents/update-document.server';

export const GET = defineRoute(documentApi.get, async ({ viewer, params }) => {
  const found = await getDocument(viewer, params.id);
  if (!found) throw notFound('Document');
  return found;
});

/** Edit at `version`: a new text re-anchors its quotes and keeps the old one; `removedAtSource` marks the page gone. */
export const PATCH = defineRoute(documentApi.edit, ({ viewer, params, body, ip }) => updateDocument(viewer, params.id, body, ip));
