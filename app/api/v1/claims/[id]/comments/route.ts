import { defineRoute } from '@/lib/api/define-route.server';
import { commentApi } from '@/lib/comments/comment-api';
import { listComments } from '@/lib/comments/comment-queries.server';
import { createComment } from '@/lib/comments/comment-commands.server';

export const GET = defineRoute(commentApi.listOnClaim, ({ viewer, params, query }) => listComments(viewer, { kind: 'claim', id: params.id }, query));

export const POST = defineRoute(commentApi.createOnClaim, ({ viewer, params, body, ip }) => createComment(viewer, { kind: 'claim', id: params.id }, body, ip));
