import { defineRoute } from '@/lib/api/define-route.server';
import { tokenApi } from '@/lib/tokens/token-api';
import { createApiToken, listApiTokens } from '@/lib/tokens/token-commands.server';

export const GET = defineRoute(tokenApi.list, async ({ viewer }) => ({ items: await listApiTokens(viewer) }));

/** The raw token is in this response only; it is never shown again. */
export const POST = defineRoute(tokenApi.create, async ({ viewer, body, ip }) => {
  const { token, raw } = await createApiToken(viewer, body, ip);
  return { ...token, token: raw };
});
