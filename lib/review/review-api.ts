import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { ClaimStateSchema } from '@/lib/claims/claim-answers';
import { EventStateSchema } from '@/lib/events/event-answers';
import { reviewRoles } from './review-permissions';
import { SetReviewSchema } from './review-schemas';

// The review-desk contracts: a claim's or an event's review status and assignee.
const tag = 'Review';
const rules =
  'Reviewers move it between `new`, `in_review` and `needs_more_evidence` and assign it; only editors set `reviewed` (or `settled`, events only; 403 naming `status` otherwise). ' +
  '`assigneeId` must be an active reviewer, editor or admin (null unassigns). The body quotes the `version` it was read at; a stale one is 409 with the current state.';

export const reviewApi = {
  claim: routeContract({
    method: 'PATCH', path: '/api/v1/claims/{id}/review', access: reviewRoles.review, params: IdParamSchema, body: SetReviewSchema,
    tag, summary: "Change a claim's review status or assignee", description: `${rules} A claim cannot be \`settled\` (400).`,
    ok: { description: 'The claim as its history keeps it, at its new version.', schema: ClaimStateSchema }, errors: [404, 409],
  }),
  event: routeContract({
    method: 'PATCH', path: '/api/v1/events/{id}/review', access: reviewRoles.review, params: IdParamSchema, body: SetReviewSchema,
    tag, summary: "Change an event's review status or assignee", description: rules,
    ok: { description: 'The event as its history keeps it, at its new version.', schema: EventStateSchema }, errors: [404, 409],
  }),
};
