import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { publicBaseUrl } from '@/lib/claimreview/reviewing-org';
import { claimFeedResponse } from '@/lib/feeds/claim-feed';
import { feedApi } from '@/lib/feeds/feed-api';
import { getEventFeed } from '@/lib/feeds/feed-queries.server';

/** Atom feed of the event's new and changed claims, for editors following it in a reader. */
export const GET = defineRoute(feedApi.event, async ({ request, viewer, params }) => {
  const found = await getEventFeed(viewer, params.id);
  if (!found) throw notFound('Event');
  return claimFeedResponse(found, `/events/${params.id}`, publicBaseUrl(request.url));
});
