import { defineRoute } from '@/lib/api/define-route.server';
import { commentApi } from '@/lib/comments/comment-api';
import { editComment } from '@/lib/comments/comment-commands.server';

/** Its author only, within the edit window, quoting `version`. */
export const PATCH = defineRoute(commentApi.edit, ({ viewer, params, body, ip }) => editComment(viewer, params.id, body, ip));
