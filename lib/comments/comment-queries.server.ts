import 'server-only';
import { db } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { cursorTime, encodeCursor } from '@/lib/pagination/cursor';
import { invalid } from '@/lib/errors';
import type { CommentAnswer, MentionAnswer } from './comment-answers';
import { commentRoles } from './comment-permissions';
import type { CommentListQuery, MentionListQuery } from './comment-schemas';
import { requireTargetForRead, targetWhere, type CommentTarget } from './comment-target.server';
import { commentSelect, toCommentAnswer } from './comment-view.server';

export type CommentThread = { items: CommentAnswer[]; nextCursor: string | null; count: number };
export type MentionPage = { items: MentionAnswer[]; nextCursor: string | null; count: number };

/** A claim's or an event's thread, oldest first (the query as its schema parsed it). Signed-in users only, whatever the reading setting. */
export async function listComments(viewer: Viewer, target: CommentTarget, query: Partial<CommentListQuery> = {}): Promise<CommentThread> {
  requireRole(viewer, commentRoles.read);
  const { cursor, limit = 25 } = query;
  await requireTargetForRead(viewer, target);
  const where = targetWhere(target);
  const [rows, count] = await Promise.all([
    db.comment.findMany({ where: { ...where, ...(cursor ? { id: { gt: cursor.id } } : {}) }, orderBy: { id: 'asc' }, take: limit + 1, select: commentSelect }),
    db.comment.count({ where }),
  ]);
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor('', items.at(-1)!.id) : null;
  return { items: items.map((r) => toCommentAnswer(viewer, r)), nextCursor, count };
}

/**
 * Comments that mention the viewer, newest mention first. A hidden comment drops out: an editor
 * hid it so that nobody reads it on.
 */
export async function listMentionsOfViewer(viewer: Viewer, query: Partial<MentionListQuery> = {}): Promise<MentionPage> {
  requireRole(viewer, commentRoles.read);
  const { cursor, limit = 25 } = query;
  const where = { userId: viewer.id, comment: { hiddenAt: null } };
  const after = cursor ? cursorTime(cursor) : null;
  if (cursor && !after) throw invalid('Invalid cursor.', { cursor: ['Invalid cursor.'] });
  const [rows, count] = await Promise.all([
    db.commentMention.findMany({
      where: after ? { ...where, OR: [{ createdAt: { lt: after } }, { createdAt: after, commentId: { lt: cursor!.id } }] } : where,
      orderBy: [{ createdAt: 'desc' }, { commentId: 'desc' }],
      take: limit + 1,
      select: {
        createdAt: true,
        comment: {
          select: {
            id: true, body: true,
            author: { select: { id: true, name: true } },
            claim: { select: { id: true, text: true } },
            event: { select: { id: true, title: true } },
          },
        },
      },
    }),
    db.commentMention.count({ where }),
  ]);
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(last.createdAt.toISOString(), last.comment.id) : null;
  const items = kept.map(({ createdAt, comment }): MentionAnswer => ({
    commentId: comment.id,
    mentionedAt: createdAt.toISOString(),
    author: comment.author,
    body: comment.body,
    on: comment.claim
      ? { kind: 'claim', id: comment.claim.id, title: comment.claim.text }
      : { kind: 'event', id: comment.event!.id, title: comment.event!.title },
  }));
  return { items, nextCursor, count };
}
