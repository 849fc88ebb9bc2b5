// The columns a rating revision is shown with, for the home page's latest changes and a
// source's own history alike (the author by name only: history is public).
export const ratingRevisionSelect = {
  id: true,
  version: true,
  reliability: true,
  previous: true,
  rationale: true,
  createdAt: true,
  author: { select: { name: true } },
} as const;
