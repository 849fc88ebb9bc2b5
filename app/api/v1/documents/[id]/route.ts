import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { notFound } from '@/lib/errors';
import { getDocument } from '@/lib/documents/document-queries.server';
import { UpdateDocumentSchema } from '@/lib/documents/document-schemas';
import { updateDocument } from '@/lib/documents/create-document.server';

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Ctx) {
  try {
    const viewer = await getViewerFromRequest(request);
    const id = await parseIdParam(params);
    const found = await getDocument(viewer, id);
    if (!found) throw notFound('Document');
    return NextResponse.json(found);
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Edit at `version`: a new text re-anchors its quotes; `removedAtSource` marks the page gone. */
export async function PATCH(request: Request, { params }: Ctx) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', UpdateDocumentSchema);
    return NextResponse.json(await updateDocument(viewer, await parseIdParam(params), input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
