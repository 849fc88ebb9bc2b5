import { z } from 'zod';

// The API token answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

const tokenFields = {
  id: z.number().int(),
  name: z.string(),
  tokenPrefix: z.string().meta({ description: 'The token’s first characters, to tell tokens apart; never the secret.' }),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable().meta({ description: 'Null: it never expires.' }),
  revokedAt: z.iso.datetime().nullable(),
};
const example = {
  id: 3, name: 'Kansafrah import script', tokenPrefix: 'cc_4f9a2b', createdAt: '2026-07-01T09:00:00.000Z',
  lastUsedAt: null, expiresAt: '2026-09-29T09:00:00.000Z', revokedAt: null,
};

export const ApiTokenSchema = z
  .strictObject(tokenFields)
  .meta({ id: 'ApiToken', description: 'One of your API tokens (never its secret).', examples: [example] });

/** GET /api/v1/tokens: every token of the caller in one answer (not a keyset page: no cursor). */
export const ApiTokenListSchema = z
  .strictObject({ items: z.array(ApiTokenSchema) })
  .meta({ id: 'ApiTokenList', description: 'Your API tokens, newest first.', examples: [{ items: [example] }] });

export const NewApiTokenSchema = z
  .strictObject({
    ...tokenFields,
    token: z.string().meta({ description: 'The secret, shown in this answer only: send it as `Authorization: Bearer …`.' }),
  })
  .meta({
    id: 'NewApiToken',
    description: 'The token just created, with its secret once.',
    examples: [{ ...example, token: 'cc_4f9a2bX7d0e5c8a1f3b6d9e2c5a8f1b4d7e0c3a6f9' }],
  });
