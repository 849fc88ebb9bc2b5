import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { listAssignableUsers } from '@/lib/review/assignable-users.server';
import { reviewRoles } from '@/lib/review/review-permissions';
import type { ClaimDetail } from '@/lib/claims/claim-types';
import { ReviewForm } from '@/app/_components/review-form';

/** The review desk on a claim, for reviewers and up: its status and who has it. */
export async function ClaimReviewPanel({ viewer, claim }: { viewer: Viewer; claim: ClaimDetail }) {
  if (!hasRole(viewer, reviewRoles.review) || claim.deletedAt) return null;
  const users = await listAssignableUsers(viewer);
  return (
    <section aria-labelledby="review-heading" className="review-panel">
      <h2 id="review-heading">Review</h2>
      <ReviewForm
        kind="claim"
        id={claim.id}
        current={{ reviewStatus: claim.reviewStatus, assigneeId: claim.assignee?.id ?? null, assigneeName: claim.assignee?.name ?? null, version: claim.version }}
        users={users}
        canClose={hasRole(viewer, reviewRoles.markReviewed)}
      />
    </section>
  );
}
