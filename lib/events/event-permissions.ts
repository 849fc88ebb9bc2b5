import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for each change to an event: the one place it is written. lib checks it with
 * the viewer; the API contracts and the authorization test read it here.
 */
export const eventRoles = {
  create: 'reviewer',
} as const satisfies Record<string, Role>;
