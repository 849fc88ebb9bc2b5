import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for one's own API tokens: the one place it is written. lib checks it with the
 * viewer; the API contracts, the server actions and the authorization test read it here.
 * Creating one also needs a signed-in session, never a token (the contract's sessionOnly, lib/api/session-only.ts).
 */
export const tokenRoles = {
  list: 'reviewer',
  create: 'reviewer',
  revoke: 'reviewer',
} as const satisfies Record<string, Role>;
