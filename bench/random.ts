// A seeded PRNG (mulberry32): the same seed gives the same archive on every machine.

export type Random = {
  next: () => number;
  int: (maxExclusive: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive);
  return { next, int, pick: (items) => items[int(items.length)], chance: (p) => next() < p };
}

/** Index in [0, n) with P(i) roughly proportional to 1/(i+1): a few prolific, a long quiet tail. */
export function zipfIndex(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor((n + 1) ** random.next()) - 1);
}
