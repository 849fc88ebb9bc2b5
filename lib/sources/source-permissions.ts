import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for each change to a source: the one place it is written. lib checks it with
 * the viewer; the API contracts, the server actions and the authorization test read it here.
 * A new alignment reclassifies every claim of the source, hence the higher role.
 */
export const sourceRoles = {
  create: 'reviewer',
  editDetails: 'reviewer',
  changeAlignment: 'editor',
  /** Only a source nothing refers to; see deleteSource. */
  delete: 'editor',
  restore: 'editor',
  /** Folds a duplicate record into the source that stays (see mergeSources). */
  merge: 'editor',
  /** Undoes a merge from its audit record. */
  unmerge: 'admin',
} as const satisfies Record<string, Role>;
