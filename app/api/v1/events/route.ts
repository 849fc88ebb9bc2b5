import { NextResponse } from 'next/server';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { listEvents } from '@/lib/events/event-queries.server';
import { CreateEventSchema } from '@/lib/events/event-schemas';
import { createEvent } from '@/lib/events/create-event.server';

export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    const query = PageQuerySchema.parse(queryOf(request));
    return NextResponse.json(await listEvents(viewer, query));
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** A new event (reviewer); 201. */
export const POST = withIdempotency(async (request: Request) => {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', CreateEventSchema);
    return NextResponse.json(await createEvent(viewer, input, ip), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
});
