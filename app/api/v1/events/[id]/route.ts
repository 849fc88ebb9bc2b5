import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { notFound } from '@/lib/errors';
import { getEvent } from '@/lib/events/event-detail.server';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const viewer = await getViewerFromRequest(request);
    const id = await parseIdParam(params);
    const found = await getEvent(viewer, id);
    if (!found) throw notFound('Event');
    return NextResponse.json(found);
  } catch (e) {
    return toErrorResponse(e);
  }
}
