import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { notFound } from '@/lib/errors';
import { getClaim } from '@/lib/claims/claim-queries.server';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const viewer = await getViewerFromRequest(request);
    const id = await parseIdParam(params);
    const found = await getClaim(viewer, id);
    if (!found) throw notFound('Claim');
    return NextResponse.json(found);
  } catch (e) {
    return toErrorResponse(e);
  }
}
