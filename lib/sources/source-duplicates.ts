import { DomainError } from '@/lib/errors';

// When a new source is refused as a duplicate (docs/decisions/012-source-lookup.md). Names are
// compared folded (foldName). Exact: the new name or an alias folds to a live source's name or
// alias. Near: pg_trgm similarity of the whole folded names at least NEAR_DUPLICATE_SIMILARITY,
// unless their numbers differ ("Brigade 13" is not "Brigade 31" nor "Brigade 12").

export const NEAR_DUPLICATE_SIMILARITY = 0.5;

export type DuplicateCandidate = { id: number; sourceName: string; matchedName: string; matchedKind: 'name' | 'alias'; score: number };

const numbersOf = (folded: string) => (folded.match(/\d+/g) ?? []).join(' ');

export function isNearDuplicate(foldedNew: string, foldedExisting: string, similarity: number): boolean {
  return similarity >= NEAR_DUPLICATE_SIMILARITY && numbersOf(foldedNew) === numbersOf(foldedExisting);
}

export const describeCandidate = (c: DuplicateCandidate) =>
  c.matchedName === c.sourceName ? `“${c.sourceName}” (#${c.id})` : `“${c.sourceName}” (#${c.id}, as “${c.matchedName}”)`;

/** 409 `duplicate`: the name is taken; `current` is the source that has it. */
export const duplicateSource = (existing: DuplicateCandidate) =>
  new DomainError(409, 'duplicate', `${describeCandidate(existing)} already has this name; use it instead.`,
    { name: [`Already recorded as ${describeCandidate(existing)}.`] }, existing);

/** 409 `possible_duplicate`: similar sources exist; `current.candidates` lists them. */
export const possibleDuplicate = (candidates: DuplicateCandidate[]) =>
  new DomainError(409, 'possible_duplicate',
    `A similar source exists: ${candidates.map(describeCandidate).join(', ')}. Use it, or send "confirmNew": true to create a new one.`,
    { name: ['A similar source exists.'] }, { candidates });

