import { NextResponse } from 'next/server';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';
import { listClaims } from '@/lib/claims/claim-queries.server';

export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    const query = ClaimListQuerySchema.parse(queryOf(request));
    return NextResponse.json(await listClaims(viewer, query));
  } catch (e) {
    return toErrorResponse(e);
  }
}
