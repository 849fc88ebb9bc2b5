import { defineRoute } from '@/lib/api/define-route.server';
import { ratingApi } from '@/lib/ratings/rating-api';
import { rateSource } from '@/lib/ratings/rate-source.server';

/** A new rating revision; the body quotes the rating `version` it was read at (409 when stale). */
export const PUT = defineRoute(ratingApi.rate, ({ viewer, params, body, ip }) => rateSource(viewer, params.id, body, ip));
