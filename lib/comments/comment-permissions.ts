import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for each thing done with comments: the one place it is written. lib checks it
 * with the viewer; the API contracts and the authorization test read it here. Comments are never
 * public, so even reading one needs an account, whatever the deployment's reading setting.
 */
export const commentRoles = {
  read: 'reviewer',
  create: 'reviewer',
  /** Only the comment's author, and only within the edit window. */
  edit: 'reviewer',
  hide: 'editor',
} as const satisfies Record<string, Role>;

/** How long after posting its author may still change a comment. */
export const COMMENT_EDIT_WINDOW_MINUTES = 15;
