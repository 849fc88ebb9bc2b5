import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { publicBaseUrl } from '@/lib/claimreview/reviewing-org';
import { claimFeedResponse } from '@/lib/feeds/claim-feed';
import { feedApi } from '@/lib/feeds/feed-api';
import { getSourceFeed } from '@/lib/feeds/feed-queries.server';
import { findMergedInto } from '@/lib/sources/source-merged-into.server';

/** Atom feed of new and changed claims the source asserts, relays or denies. */
export const GET = defineRoute(feedApi.source, async ({ request, viewer, params }) => {
  const keptId = await findMergedInto(viewer, params.id);
  if (keptId !== null) return new Response(null, { status: 308, headers: { location: new URL(`/sources/${keptId}/feed.xml`, request.url).toString() } });
  const found = await getSourceFeed(viewer, params.id);
  if (!found) throw notFound('Source');
  return claimFeedResponse(found, `/sources/${params.id}`, publicBaseUrl(request.url));
});
