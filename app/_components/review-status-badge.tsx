import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import { REVIEW_STATUS_LABELS } from '@/lib/review/review-schemas';

/** Where a claim or an event stands on the review desk; shown to signed-in users only. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  return <span className={`badge review-${status.replaceAll('_', '-')}`}>Review: {REVIEW_STATUS_LABELS[status]}</span>;
}
