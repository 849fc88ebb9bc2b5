// The parts of /methodology that badges explain. The page renders these ids and every badge
// links to one, so a renamed section breaks the unit test rather than leaving dead links.
export const METHODOLOGY_SECTIONS = {
  reliability: 'reliability',
  credibility: 'credibility',
  combinedCode: 'combined-code',
  alignments: 'alignments',
  alignmentPerConflict: 'alignment-per-conflict',
  originsAndCarriers: 'origins-and-carriers',
  contested: 'contested',
  ratingChanges: 'rating-changes',
  reviewStatus: 'review-status',
} as const;

export type MethodologySection = keyof typeof METHODOLOGY_SECTIONS;

export function methodologyHref(section: MethodologySection): string {
  return `/methodology#${METHODOLOGY_SECTIONS[section]}`;
}
