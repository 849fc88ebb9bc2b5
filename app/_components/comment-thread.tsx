'use client';
import { useState } from 'react';
import { formatTimestamp } from '@/lib/claims/claim-format';
import type { CommentAnswer, CommentPageAnswer } from '@/lib/comments/comment-answers';
import { CommentBody } from './comment-body';
import { EditCommentForm, HideCommentForm } from './comment-forms';

type Props = {
  first: CommentPageAnswer;
  /** The thread's GET, for the next pages. */
  url: string;
  viewerId: number;
  canHide: boolean;
  /** When the server drew the page: the edit window is judged by its clock, not the browser's. */
  renderedAt: string;
};

/** A discussion thread, oldest first; later pages are fetched on request. */
export function CommentThread({ first, url, viewerId, canHide, renderedAt }: Props) {
  const [more, setMore] = useState<{ items: CommentAnswer[]; nextCursor: string | null } | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const seen = new Set(first.items.map((c) => c.id));
  const items = [...first.items, ...(more?.items.filter((c) => !seen.has(c.id)) ?? [])];
  const nextCursor = more ? more.nextCursor : first.nextCursor;

  const loadMore = async () => {
    if (!nextCursor) return;
    setLoading(true);
    setFailed(false);
    const res = await fetch(`${url}?cursor=${encodeURIComponent(nextCursor)}`, { credentials: 'same-origin' }).catch(() => null);
    setLoading(false);
    if (!res?.ok) return setFailed(true);
    const page = (await res.json()) as CommentPageAnswer;
    setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
  };

  if (!items.length) return <p className="muted">No comments yet.</p>;
  return (
    <>
      <ol className="comment-list">
        {items.map((c) => (
          <CommentItem key={c.id} comment={c} canEdit={c.author.id === viewerId && !c.hidden && renderedAt < c.editableUntil} canHide={canHide && !c.hidden} />
        ))}
      </ol>
      {nextCursor && (
        <p>
          <button type="button" className="button button-secondary" onClick={loadMore} disabled={loading}>{loading ? 'Loading…' : 'Show later comments'}</button>
          {failed && <span role="alert" className="form-fail"> Could not load more comments; try again.</span>}
        </p>
      )}
    </>
  );
}

function CommentItem({ comment: c, canEdit, canHide }: { comment: CommentAnswer; canEdit: boolean; canHide: boolean }) {
  const [mode, setMode] = useState<'read' | 'edit' | 'hide'>('read');
  const done = () => setMode('read');
  return (
    <li className="comment" id={`comment-${c.id}`} aria-label={`Comment by ${c.author.name}`}>
      <p className="item-meta">
        <strong>{c.author.name}</strong>
        <time dateTime={c.createdAt}>{formatTimestamp(c.createdAt)}</time>
        {c.editedAt && <span title={`Edited ${formatTimestamp(c.editedAt)}`}>(edited)</span>}
        {c.hidden && <span className="comment-hidden-mark">Hidden</span>}
      </p>
      {c.hidden && (
        <p className="muted small">Hidden by an editor{c.hidden.by ? ` (${c.hidden.by.name})` : ''}: {c.hidden.reason}</p>
      )}
      {mode === 'edit' ? (
        <EditCommentForm comment={c} onDone={done} />
      ) : (
        c.body !== null && <CommentBody body={c.body} mentions={c.mentions} />
      )}
      {mode === 'hide' && <HideCommentForm comment={c} onDone={done} />}
      {mode === 'read' && (canEdit || canHide) && (
        <p className="button-row">
          {canEdit && <button type="button" className="button button-secondary" onClick={() => setMode('edit')}>Edit</button>}
          {canHide && <button type="button" className="button button-secondary" onClick={() => setMode('hide')}>Hide</button>}
        </p>
      )}
    </li>
  );
}
