import { defineRoute } from '@/lib/api/define-route.server';
import { reviewApi } from '@/lib/review/review-api';
import { setEventReview } from '@/lib/review/set-review.server';

export const PATCH = defineRoute(reviewApi.event, ({ viewer, params, body, ip }) => setEventReview(viewer, params.id, body, ip));
