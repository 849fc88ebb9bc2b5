import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for each change to a document: the one place it is written. lib checks it with
 * the viewer; the API contracts, the pages and the authorization test read it here.
 */
export const documentRoles = {
  create: 'reviewer',
  edit: 'reviewer',
} as const satisfies Record<string, Role>;
