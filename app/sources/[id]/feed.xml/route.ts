import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { notFound } from '@/lib/errors';
import { publicBaseUrl } from '@/lib/claimreview/reviewing-org';
import { claimFeedXml } from '@/lib/feeds/claim-feed';
import { getSourceFeed } from '@/lib/feeds/feed-queries.server';

/** Atom feed of new and changed claims the source asserts, relays or denies. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = await parseIdParam(params);
    const found = await getSourceFeed(await getViewerFromRequest(request), id);
    if (!found) throw notFound('Source');
    const xml = claimFeedXml({ ...found, selfPath: `/sources/${id}/feed.xml`, pagePath: `/sources/${id}`, baseUrl: publicBaseUrl(request.url) });
    return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
