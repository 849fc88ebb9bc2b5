import { NextResponse } from 'next/server';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { CompareQuerySchema } from '@/lib/compare/compare-schemas';
import { getComparison } from '@/lib/compare/compare-queries.server';

/** `?ids=a,b,…` (two to six claims): the side-by-side payload. */
export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    const { ids } = CompareQuerySchema.parse(queryOf(request));
    return NextResponse.json(await getComparison(viewer, ids));
  } catch (e) {
    return toErrorResponse(e);
  }
}
