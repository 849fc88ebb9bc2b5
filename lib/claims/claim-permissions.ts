import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for each change to a claim: the one place it is written. lib checks it with
 * the viewer; the API contracts, the server actions and the authorization test read it here.
 */
export const claimRoles = {
  create: 'reviewer',
  edit: 'reviewer',
  setCredibility: 'editor',
  delete: 'editor',
  restore: 'editor',
} as const satisfies Record<string, Role>;
