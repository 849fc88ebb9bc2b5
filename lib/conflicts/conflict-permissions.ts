import type { Role } from '@/lib/generated/prisma/enums';
import { sourceRoles } from '@/lib/sources/source-permissions';

/**
 * The least role for each change to a conflict, and to a source's alignment in one: the one
 * place it is written. lib checks it with the viewer; the API contracts and the authorization
 * test read it here. A conflict decides how the sources of its events read, and an alignment in
 * it reclassifies claims exactly as a default alignment does, hence the same role as that.
 */
export const conflictRoles = {
  create: 'editor',
  edit: 'editor',
  setSourceAlignment: sourceRoles.changeAlignment,
  removeSourceAlignment: sourceRoles.changeAlignment,
} as const satisfies Record<string, Role>;
