import { NextResponse } from 'next/server';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { listEvents } from '@/lib/events/event-queries.server';

export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    const query = PageQuerySchema.parse(queryOf(request));
    return NextResponse.json(await listEvents(viewer, query));
  } catch (e) {
    return toErrorResponse(e);
  }
}
