import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { getClaimHistory } from '@/lib/claims/claim-history.server';

/** Every revision, newest first, with author, time, reason and a readable diff. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const viewer = await getViewerFromRequest(request);
    return NextResponse.json({ items: await getClaimHistory(viewer, await parseIdParam(params)) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
