import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for each change to an event: the one place it is written. lib checks it with
 * the viewer; the API contracts and the authorization test read it here. Deleting moves or
 * detaches every claim of the event, hence an editor, as for deleting a claim.
 */
export const eventRoles = {
  create: 'reviewer',
  edit: 'reviewer',
  delete: 'editor',
  restore: 'editor',
} as const satisfies Record<string, Role>;
