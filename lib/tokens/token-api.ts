import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { CreateTokenSchema } from './token-schemas';
import { tokenRoles } from './token-permissions';
import { ApiTokenListSchema, ApiTokenSchema, NewApiTokenSchema } from './token-answers';

// The /api/v1/tokens contracts: inputs, least role and documented answers, read by the route
// handlers, the OpenAPI description and the authorization test alike.
const tag = 'Tokens';

export const tokenApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/tokens', access: tokenRoles.list,
    tag, summary: 'Your API tokens', ok: { description: 'Tokens (never their secrets).', schema: ApiTokenListSchema },
  }),
  create: routeContract({
    method: 'POST', path: '/api/v1/tokens', access: tokenRoles.create, sessionOnly: true, body: CreateTokenSchema,
    tag, summary: 'Create an API token',
    description: 'The raw token is in this response only. Only a signed-in session creates tokens: a request made with an API token gets 403 `token_cannot_create_tokens`.',
    ok: { status: 201, description: 'The token, with its secret once.', schema: NewApiTokenSchema },
  }),
  revoke: routeContract({
    method: 'DELETE', path: '/api/v1/tokens/{id}', access: tokenRoles.revoke, params: IdParamSchema,
    tag, summary: 'Revoke one of your tokens', ok: { description: 'The revoked token.', schema: ApiTokenSchema }, errors: [404],
  }),
};
