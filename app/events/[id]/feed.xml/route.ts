import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { notFound } from '@/lib/errors';
import { publicBaseUrl } from '@/lib/claimreview/reviewing-org';
import { claimFeedXml } from '@/lib/feeds/claim-feed';
import { getEventFeed } from '@/lib/feeds/feed-queries.server';

/** Atom feed of the event's new and changed claims, for editors following it in a reader. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = await parseIdParam(params);
    const found = await getEventFeed(await getViewerFromRequest(request), id);
    if (!found) throw notFound('Event');
    const xml = claimFeedXml({ ...found, selfPath: `/events/${id}/feed.xml`, pagePath: `/events/${id}`, baseUrl: publicBaseUrl(request.url) });
    return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
