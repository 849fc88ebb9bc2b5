/** An alignment as every list, card and badge shows it: its colour is used consistently. */
export type AlignmentRef = { slug: string; label: string; color: string };

export type AlignmentListItem = AlignmentRef & {
  description: string | null;
  sortOrder: number;
  retiredAt: Date | null;
  version: number;
};

