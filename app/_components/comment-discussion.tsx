import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { listComments } from '@/lib/comments/comment-queries.server';
import { commentRoles } from '@/lib/comments/comment-permissions';
import type { CommentTarget } from '@/lib/comments/comment-target.server';
import { CommentThread } from './comment-thread';
import { NewCommentForm } from './comment-forms';
import './comment-discussion.css';

/**
 * The "Discussion" section of a claim or an event page. Comments are the team's, never the
 * public's: for an anonymous reader nothing is rendered, whatever the reading setting.
 */
export async function CommentDiscussion({ viewer, target }: { viewer: Viewer; target: CommentTarget }) {
  if (!viewer || !hasRole(viewer, commentRoles.read)) return null;
  const first = await listComments(viewer, target, { limit: 50 });
  const url = `/api/v1/${target.kind === 'claim' ? 'claims' : 'events'}/${target.id}/comments`;
  return (
    <section aria-labelledby="discussion-heading" id="discussion" className="discussion">
      <h2 id="discussion-heading">Discussion</h2>
      <p className="small muted">
        Only signed-in members of the team see this. {first.count === 1 ? '1 comment' : `${first.count} comments`}.
      </p>
      <CommentThread first={first} url={url} viewerId={viewer.id} canHide={hasRole(viewer, commentRoles.hide)} renderedAt={new Date().toISOString()} />
      {hasRole(viewer, commentRoles.create) && <NewCommentForm url={url} />}
    </section>
  );
}
