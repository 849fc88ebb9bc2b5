import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for linking, unlinking and merging claims: the one place it is written. lib
 * checks it with the viewer; the API contracts, the server actions and the authorization test
 * read it here.
 */
export const relationRoles = {
  link: 'reviewer',
  unlink: 'reviewer',
  merge: 'editor',
} as const satisfies Record<string, Role>;
