import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { listAssignableUsers } from '@/lib/review/assignable-users.server';
import { reviewRoles } from '@/lib/review/review-permissions';
import type { EventDetail } from '@/lib/events/event-types';
import { ReviewForm } from '@/app/_components/review-form';

/** The review desk on an event, for reviewers and up: its status (editors settle it) and who has it. */
export async function EventReviewPanel({ viewer, event }: { viewer: Viewer; event: EventDetail }) {
  if (!hasRole(viewer, reviewRoles.review) || event.deletedAt) return null;
  const users = await listAssignableUsers(viewer);
  return (
    <section aria-labelledby="review-heading" className="review-panel">
      <h2 id="review-heading">Review</h2>
      <ReviewForm
        kind="event"
        id={event.id}
        current={{ reviewStatus: event.reviewStatus, assigneeId: event.assignee?.id ?? null, assigneeName: event.assignee?.name ?? null, version: event.version }}
        users={users}
        canClose={hasRole(viewer, reviewRoles.settle)}
      />
    </section>
  );
}
