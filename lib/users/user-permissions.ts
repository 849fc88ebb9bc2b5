import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for managing accounts: the one place it is written. lib checks it with the
 * viewer; the server actions and the authorization test read it here.
 */
export const userRoles = {
  list: 'admin',
  invite: 'admin',
  changeRole: 'admin',
  setStatus: 'admin',
  reissueLink: 'admin',
} as const satisfies Record<string, Role>;
