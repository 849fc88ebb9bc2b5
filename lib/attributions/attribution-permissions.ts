import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for each change to a claim's attributions: the one place it is written. lib
 * checks it with the viewer; the API contracts and the authorization test read it here.
 */
export const attributionRoles = {
  add: 'reviewer',
  edit: 'reviewer',
  remove: 'reviewer',
} as const satisfies Record<string, Role>;
