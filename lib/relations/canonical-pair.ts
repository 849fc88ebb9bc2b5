// A pair of claims is stored once, lower id first (the database CHECKs it). Pure, so the write
// path, the merge and tests agree on the canonical order.

export type CanonicalPair = { claimAId: number; claimBId: number };

export function canonicalPair(x: number, y: number): CanonicalPair {
  if (x === y) throw new Error('A claim cannot be paired with itself.');
  return x < y ? { claimAId: x, claimBId: y } : { claimAId: y, claimBId: x };
}

/** The other side of a pair seen from `self`. */
export function otherSide(pair: CanonicalPair, self: number): number {
  return pair.claimAId === self ? pair.claimBId : pair.claimAId;
}
