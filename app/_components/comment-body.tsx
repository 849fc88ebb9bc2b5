import type { ReactNode } from 'react';
import { segmentCommentText } from '@/lib/comments/comment-text';
import type { CommentAnswer } from '@/lib/comments/comment-answers';

/**
 * A comment's plain text as React nodes: http(s) links become links that pass no ranking and no
 * window handle, the @handles that named someone are highlighted with that person's name; the
 * rest is text React escapes. Never HTML from the body.
 */
export function CommentBody({ body, mentions }: { body: string; mentions: CommentAnswer['mentions'] }) {
  const named = new Map(mentions.map((m) => [m.handle, m.name]));
  const nodes: ReactNode[] = segmentCommentText(body).map((s, i) => {
    if (s.kind === 'link') return <a key={i} href={s.href} rel="nofollow noopener">{s.text}</a>;
    if (s.kind === 'mention' && named.has(s.handle)) return <mark key={i} className="mention" title={named.get(s.handle)}>{s.text}</mark>;
    return s.text;
  });
  return <p dir="auto" className="comment-body">{nodes}</p>;
}
