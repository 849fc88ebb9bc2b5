import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { publicBaseUrl } from '@/lib/claimreview/reviewing-org';
import { claimFeedResponse } from '@/lib/feeds/claim-feed';
import { feedApi } from '@/lib/feeds/feed-api';
import { getSourceFeed } from '@/lib/feeds/feed-queries.server';

/** Atom feed of new and changed claims the source asserts, relays or denies. */
export const GET = defineRoute(feedApi.source, async ({ request, viewer, params }) => {
  const found = await getSourceFeed(viewer, params.id);
  if (!found) throw notFound('Source');
  return claimFeedResponse(found, `/sources/${params.id}`, publicBaseUrl(request.url));
});
