import { defineRoute } from '@/lib/api/define-route.server';
import { tokenApi } from '@/lib/tokens/token-api';
import { revokeApiToken } from '@/lib/tokens/token-commands.server';

/** Revokes one of the caller's own tokens. */
export const DELETE = defineRoute(tokenApi.revoke, ({ viewer, params, ip }) => revokeApiToken(viewer, params.id, ip));
