import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { notFound } from '@/lib/errors';
import { getEventGraph } from '@/lib/events/event-graph.server';

/** The event's claim graph, which the event page fetches only when a reader opens it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const viewer = await getViewerFromRequest(request);
    const id = await parseIdParam(params);
    const graph = await getEventGraph(viewer, id);
    if (!graph) throw notFound('Event');
    return NextResponse.json(graph);
  } catch (e) {
    return toErrorResponse(e);
  }
}
