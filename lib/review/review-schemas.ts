import { z } from 'zod';
import { ReviewStatus } from '@/lib/generated/prisma/enums';
import { requestExample } from '@/lib/api/request-example';
import { IdSchema, optionalText, requireAChange, VersionSchema } from '@/lib/fields/field-schemas';

// A review-desk change, shared by the review panel (checked in the browser) and the API.
// Browser-safe: no server imports.

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  new: 'New',
  in_review: 'In review',
  needs_more_evidence: 'Needs more evidence',
  reviewed: 'Reviewed',
  settled: 'Settled',
};

/** Statuses a claim can have: only events are settled (the evidence decides them). */
export const CLAIM_REVIEW_STATUSES = ['new', 'in_review', 'needs_more_evidence', 'reviewed'] as const satisfies readonly ReviewStatus[];
export const EVENT_REVIEW_STATUSES = ['new', 'in_review', 'needs_more_evidence', 'reviewed', 'settled'] as const satisfies readonly ReviewStatus[];

const StatusSchema = z.enum(ReviewStatus, {
  error: `A review status: ${Object.values(ReviewStatus).join(', ')}.`,
});

export const SetReviewSchema = requireAChange(
  z.object({
    status: StatusSchema.optional(),
    assigneeId: IdSchema.nullable().optional().meta({ description: 'A reviewer, editor or admin; null unassigns.' }),
    version: VersionSchema,
    reason: optionalText(2000),
  }).strict(),
  ['version', 'reason'],
).meta(requestExample({ status: 'in_review', assigneeId: 3, version: 2, reason: 'Checking the South Front video against OCHA.' }));

export type SetReviewInput = z.input<typeof SetReviewSchema>;
