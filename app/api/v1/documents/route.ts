import { NextResponse } from 'next/server';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { listDocuments } from '@/lib/documents/document-queries.server';
import { CreateDocumentSchema } from '@/lib/documents/document-schemas';
import { createDocument } from '@/lib/documents/create-document.server';

export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    const query = PageQuerySchema.parse(queryOf(request));
    return NextResponse.json(await listDocuments(viewer, query));
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** A captured page; a URL already stored (after normalising) is a 409 offering that document. */
export const POST = withIdempotency(async (request: Request) => {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', CreateDocumentSchema);
    return NextResponse.json(await createDocument(viewer, input, ip), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
});
