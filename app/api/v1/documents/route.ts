import { NextResponse } from 'next/server';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { listDocuments } from '@/lib/documents/document-queries.server';

export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    const query = PageQuerySchema.parse(queryOf(request));
    return NextResponse.json(await listDocuments(viewer, query));
  } catch (e) {
    return toErrorResponse(e);
  }
}
