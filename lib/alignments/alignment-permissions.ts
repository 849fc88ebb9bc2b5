import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for changing the alignment vocabulary: the one place it is written. lib checks
 * it with the viewer; the API contracts, the server actions and the authorization test read it
 * here. The vocabulary colours every source and claim, so only admins change it.
 */
export const alignmentRoles = {
  create: 'admin',
  /** Rename, recolour, reorder, retire or restore; the admin list with usage counts goes with it. */
  edit: 'admin',
} as const satisfies Record<string, Role>;
