import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for rating a source (a new revision of its grade): the one place it is
 * written. lib checks it with the viewer; the API contract, the server action and the
 * authorization test read it here.
 */
export const ratingRoles = {
  rate: 'reviewer',
} as const satisfies Record<string, Role>;
