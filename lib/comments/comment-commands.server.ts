import 'server-only';
import { db } from '@/lib/db';
import { requireRole, type Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record-audit';
import { conflict, DomainError, forbidden, notFound } from '@/lib/errors';
import { updateAtVersion } from '@/lib/db/update-at-version';
import type { CommentAnswer } from './comment-answers';
import { COMMENT_EDIT_WINDOW_MINUTES, commentRoles } from './comment-permissions';
import { CreateCommentSchema, EditCommentSchema, HideCommentSchema, type CreateCommentInput, type EditCommentInput, type HideCommentInput } from './comment-schemas';
import { requireTargetForWrite, targetWhere, type CommentTarget } from './comment-target.server';
import { syncMentions } from './comment-mentions.server';
import { commentSelect, editableUntil, toCommentAnswer } from './comment-view.server';

const audited = (c: CommentAnswer) => ({ id: c.id, claimId: c.claimId, eventId: c.eventId, body: c.body, version: c.version, mentions: c.mentions.map((m) => m.userId) });

export async function createComment(viewer: Viewer, target: CommentTarget, input: CreateCommentInput, ip?: string): Promise<CommentAnswer> {
  requireRole(viewer, commentRoles.create);
  const { body } = CreateCommentSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireTargetForWrite(tx, viewer, target);
    const { id } = await tx.comment.create({ data: { ...targetWhere(target), authorId: viewer.id, body }, select: { id: true } });
    await syncMentions(tx, id, body, viewer.id);
    const created = toCommentAnswer(viewer, await tx.comment.findUniqueOrThrow({ where: { id }, select: commentSelect }));
    await recordAudit(tx, { actor: viewer, action: 'comment.create', entityType: 'comment', entityId: id, before: null, after: audited(created), ip });
    return created;
  });
}

/**
 * Its author changes a comment within the edit window; the text it replaces is kept in
 * comment_revisions under the version it had, and the mentions follow the new text.
 */
export async function editComment(viewer: Viewer, commentId: number, input: EditCommentInput, ip?: string): Promise<CommentAnswer> {
  requireRole(viewer, commentRoles.edit);
  const { body, version } = EditCommentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const row = await tx.comment.findUnique({ where: { id: commentId }, select: commentSelect });
    if (!row) throw notFound('Comment');
    if (row.author.id !== viewer.id) throw forbidden('Only the author of a comment can edit it.');
    if (Date.now() >= editableUntil(row.createdAt).getTime()) {
      throw new DomainError(403, 'edit_window_closed', `A comment can be edited only within ${COMMENT_EDIT_WINDOW_MINUTES} minutes of posting; post a new comment instead.`);
    }
    if (row.hiddenAt) throw conflict('An editor hid this comment; it can no longer be edited.', toCommentAnswer(viewer, row));
    const before = toCommentAnswer(viewer, row);
    const next = await updateAtVersion(tx.comment, { id: commentId }, version, { body, editedAt: new Date() });
    if (next === null) throw conflict('Someone changed this comment since you read it.', before);
    await tx.commentRevision.create({ data: { commentId, version: row.version, body: row.body } });
    await syncMentions(tx, commentId, body, viewer.id);
    const after = toCommentAnswer(viewer, await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect }));
    await recordAudit(tx, { actor: viewer, action: 'comment.edit', entityType: 'comment', entityId: commentId, before: audited(before), after: audited(after), ip });
    return after;
  });
}

/** An editor hides a comment: it stays, with who hid it and why, and its text for editors. */
export async function hideComment(viewer: Viewer, commentId: number, input: HideCommentInput, ip?: string): Promise<CommentAnswer> {
  requireRole(viewer, commentRoles.hide);
  const { reason } = HideCommentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const row = await tx.comment.findUnique({ where: { id: commentId }, select: commentSelect });
    if (!row) throw notFound('Comment');
    if (row.hiddenAt) throw conflict('This comment is already hidden.', toCommentAnswer(viewer, row));
    const [changed] = await tx.comment.updateManyAndReturn({
      where: { id: commentId, hiddenAt: null },
      data: { hiddenAt: new Date(), hiddenById: viewer.id, hiddenReason: reason },
      select: { id: true },
    });
    if (!changed) throw conflict('This comment is already hidden.');
    const after = toCommentAnswer(viewer, await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect }));
    await recordAudit(tx, {
      actor: viewer, action: 'comment.hide', entityType: 'comment', entityId: commentId,
      before: { id: commentId, hidden: null }, after: { id: commentId, hidden: after.hidden }, ip,
    });
    return after;
  });
}
