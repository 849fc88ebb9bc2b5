import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { VersionSchema } from '@/lib/fields/field-schemas';
import { CursorSchema, LimitSchema, TimeCursorSchema } from '@/lib/pagination/cursor';

// Comment inputs, shared by the discussion forms (checked in the browser) and the API routes.
// Browser-safe: no server imports.

export const COMMENT_MAX_LENGTH = 5000;

const CommentBodySchema = z
  .string({ error: 'Write a comment.' })
  .trim()
  .min(1, 'Write a comment.')
  .max(COMMENT_MAX_LENGTH, `A comment has at most ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters.`);

const EXAMPLE_BODY =
  'SANA and the SOHR disagree on who shelled Kansafrah first. @editor could you check the OCHA update? https://reliefweb.int/country/syr';

/** POST /api/v1/claims/{id}/comments and /api/v1/events/{id}/comments. */
export const CreateCommentSchema = z.object({ body: CommentBodySchema }).strict().meta(requestExample({ body: EXAMPLE_BODY }));
export type CreateCommentInput = z.output<typeof CreateCommentSchema>;

/** PATCH /api/v1/comments/{id}: the new text and the version the author read. */
export const EditCommentSchema = z
  .object({ body: CommentBodySchema, version: VersionSchema })
  .strict()
  .meta(requestExample({ body: `${EXAMPLE_BODY} (It was the Syrian Army, per SANA.)`, version: 1 }));
export type EditCommentInput = z.output<typeof EditCommentSchema>;

/** POST /api/v1/comments/{id}/hide: why an editor hides it (shown in its place). */
export const HideCommentSchema = z
  .object({
    reason: z.string({ error: 'Say why the comment is hidden.' }).trim().min(3, 'Say why the comment is hidden.').max(500, 'A reason has at most 500 characters.'),
  })
  .strict()
  .meta(requestExample({ reason: 'Personal details of a witness in Idlib.' }));
export type HideCommentInput = z.output<typeof HideCommentSchema>;

/** A thread is read oldest first; the cursor carries the last comment's id. */
export const CommentListQuerySchema = z.object({ cursor: CursorSchema, limit: LimitSchema });
export type CommentListQuery = z.output<typeof CommentListQuerySchema>;

/** Mentions of the viewer, newest first. */
export const MentionListQuerySchema = z.object({ cursor: TimeCursorSchema, limit: LimitSchema });
export type MentionListQuery = z.output<typeof MentionListQuerySchema>;
