import { defineRoute } from '@/lib/api/define-route.server';
import { commentApi } from '@/lib/comments/comment-api';
import { hideComment } from '@/lib/comments/comment-commands.server';

export const POST = defineRoute(commentApi.hide, ({ viewer, params, body, ip }) => hideComment(viewer, params.id, body, ip));
