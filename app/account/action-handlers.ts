import 'server-only';
import { defineAction } from '@/lib/api/define-action.server';
import { CreateTokenSchema, RevokeTokenSchema } from '@/lib/tokens/token-schemas';
import { createApiToken, revokeApiToken } from '@/lib/tokens/token-commands.server';
import { tokenRoles } from '@/lib/tokens/token-permissions';

export const createTokenHandler = defineAction({
  role: tokenRoles.create,
  schema: CreateTokenSchema,
  run: async (viewer, input, { ip }) => {
    const { token, raw } = await createApiToken(viewer, input, ip);
    return { id: token.id, name: token.name, raw };
  },
});

export const revokeTokenHandler = defineAction({
  role: tokenRoles.revoke,
  schema: RevokeTokenSchema,
  run: (viewer, { tokenId }, { ip }) => revokeApiToken(viewer, tokenId, ip),
});
