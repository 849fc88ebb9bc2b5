import type { Role } from '@/lib/generated/prisma/enums';

/**
 * The least role for each review-desk change to a claim or an event: the one place it is
 * written. Reviewers move work between new, in review and needs more evidence, and assign it;
 * the verdicts that close the work (a reviewed claim, a settled event) are an editor's.
 */
export const reviewRoles = {
  review: 'reviewer',
  markReviewed: 'editor',
  settle: 'editor',
  /** The least role of a user work can be assigned to. */
  assignee: 'reviewer',
} as const satisfies Record<string, Role>;
