import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { commentRoles } from './comment-permissions';
import { CommentListQuerySchema, CreateCommentSchema, EditCommentSchema, HideCommentSchema } from './comment-schemas';
import { CommentPageSchema, CommentSchema } from './comment-answers';

// The /api/v1 comment contracts: inputs, least role and documented answers, read by the route
// handlers, the OpenAPI description and the authorization test alike. Reads need an account
// even when the deployment's reading is public: comments are the team's, never the public's.
const tag = 'Comments';
const PRIVATE = 'Comments are never public: anonymous callers get 401, whatever the reading setting.';

export const commentApi = {
  listOnClaim: routeContract({
    method: 'GET', path: '/api/v1/claims/{id}/comments', access: commentRoles.read, params: IdParamSchema, query: CommentListQuerySchema,
    tag, summary: "A claim's comments", description: PRIVATE,
    ok: { description: 'The thread, oldest first.', schema: CommentPageSchema }, errors: [404],
  }),
  createOnClaim: routeContract({
    method: 'POST', path: '/api/v1/claims/{id}/comments', access: commentRoles.create, params: IdParamSchema, body: CreateCommentSchema,
    tag, summary: 'Comment on a claim',
    description: 'Plain text; http(s) links are shown as links. `@handle` mentions a user whose email (before the @) or name without spaces is the handle, ignoring case; it shows in their queue.',
    ok: { status: 201, description: 'The comment.', schema: CommentSchema }, errors: [404, 409],
  }),
  listOnEvent: routeContract({
    method: 'GET', path: '/api/v1/events/{id}/comments', access: commentRoles.read, params: IdParamSchema, query: CommentListQuerySchema,
    tag, summary: "An event's comments", description: PRIVATE,
    ok: { description: 'The thread, oldest first.', schema: CommentPageSchema }, errors: [404],
  }),
  createOnEvent: routeContract({
    method: 'POST', path: '/api/v1/events/{id}/comments', access: commentRoles.create, params: IdParamSchema, body: CreateCommentSchema,
    tag, summary: 'Comment on an event', description: 'As for a claim.',
    ok: { status: 201, description: 'The comment.', schema: CommentSchema }, errors: [404],
  }),
  edit: routeContract({
    method: 'PATCH', path: '/api/v1/comments/{id}', access: commentRoles.edit, params: IdParamSchema, body: EditCommentSchema,
    tag, summary: 'Edit a comment',
    description: 'Only its author, within 15 minutes of posting (403 otherwise), quoting the `version` read (409 with the comment as it is now). The earlier text is kept.',
    ok: { description: 'The comment at its new version.', schema: CommentSchema }, errors: [404, 409],
  }),
  hide: routeContract({
    method: 'POST', path: '/api/v1/comments/{id}/hide', access: commentRoles.hide, params: IdParamSchema, body: HideCommentSchema,
    tag, summary: 'Hide a comment',
    description: 'The comment is kept; readers other than editors see the reason in its place. Hiding a hidden comment is 409.',
    ok: { description: 'The hidden comment.', schema: CommentSchema }, errors: [404, 409],
  }),
};
