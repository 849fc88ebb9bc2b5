import { defineRoute } from '@/lib/api/define-route.server';
import { reviewApi } from '@/lib/review/review-api';
import { setClaimReview } from '@/lib/review/set-review.server';

export const PATCH = defineRoute(reviewApi.claim, ({ viewer, params, body, ip }) => setClaimReview(viewer, params.id, body, ip));
