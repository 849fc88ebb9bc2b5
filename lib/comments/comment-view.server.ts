import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import type { CommentAnswer } from './comment-answers';
import { COMMENT_EDIT_WINDOW_MINUTES, commentRoles } from './comment-permissions';
import { handlesOfUser, mentionedHandles } from './comment-text';

/** The columns a comment answer is built from; the mentioned users' emails never leave lib. */
export const commentSelect = {
  id: true, claimId: true, eventId: true, body: true, version: true, createdAt: true, editedAt: true, hiddenAt: true, hiddenReason: true,
  author: { select: { id: true, name: true } },
  hiddenBy: { select: { id: true, name: true } },
  mentions: { select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { userId: 'asc' } },
} as const satisfies Prisma.CommentSelect;
export type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

export const editableUntil = (createdAt: Date) => new Date(createdAt.getTime() + COMMENT_EDIT_WINDOW_MINUTES * 60_000);

/** A comment as this viewer may see it: a hidden one's text (and mentions) for editors only. */
export function toCommentAnswer(viewer: Viewer, row: CommentRow): CommentAnswer {
  const hidden = row.hiddenAt !== null;
  const showBody = !hidden || hasRole(viewer, commentRoles.hide);
  const handles = new Set(mentionedHandles(row.body));
  return {
    id: row.id,
    claimId: row.claimId,
    eventId: row.eventId,
    author: row.author,
    body: showBody ? row.body : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    editableUntil: editableUntil(row.createdAt).toISOString(),
    hidden: hidden ? { at: row.hiddenAt!.toISOString(), by: row.hiddenBy, reason: row.hiddenReason ?? '' } : null,
    mentions: showBody
      ? row.mentions.map(({ user }) => ({ userId: user.id, name: user.name, handle: handlesOfUser(user).find((h) => handles.has(h)) ?? '' }))
      : [],
  };
}
