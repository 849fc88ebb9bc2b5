import { defineRoute } from '@/lib/api/define-route.server';
import { commentApi } from '@/lib/comments/comment-api';
import { listComments } from '@/lib/comments/comment-queries.server';
import { createComment } from '@/lib/comments/comment-commands.server';

export const GET = defineRoute(commentApi.listOnEvent, ({ viewer, params, query }) => listComments(viewer, { kind: 'event', id: params.id }, query));

export const POST = defineRoute(commentApi.createOnEvent, ({ viewer, params, body, ip }) => createComment(viewer, { kind: 'event', id: params.id }, body, ip));
