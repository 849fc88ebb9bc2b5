// Which way PostgreSQL should find the newest matches of a query. A common word is found
// fastest by walking claims newest-first and testing each (a few thousand rows at most); a
// rare one by reading its GIN posting list and sorting the few matches. The planner misjudges
// the middle badly at a million claims (100k-row walks for a 1% word), so the choice is made
// here, from the word frequencies PostgreSQL's own statistics hold (pg_stats most_common_elems).

export type ColumnStats = { freqs: Map<string, number>; lexemes: string[]; floor: number };
export type SearchStats = ColumnStats | null;
export type Access = 'walk' | 'index' | 'planner';
export type SearchTerm = { word: string; prefix: boolean };

// Walking reads about window/frequency rows; the index reads about frequency x table rows,
// each dearer (a random heap fetch each). They cost the same near 1% for a window of 200 at a
// million claims.
const WALK_FROM_FREQUENCY = 0.01;

/** As the index stores words: unaccented (approximately) and lower-case. */
export const foldLexeme = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function columnStats(elems: string[] | null, freqs: number[] | null): ColumnStats | null {
  if (!elems?.length || !freqs || freqs.length < elems.length) return null;
  const map = new Map<string, number>();
  elems.forEach((e, i) => map.set(e, freqs[i]));
  // After the per-element frequencies PostgreSQL stores their minimum: rarer words are not listed.
  return { freqs: map, lexemes: elems, floor: freqs[elems.length] ?? Math.min(...freqs.slice(0, elems.length)) };
}

/** The share of rows matching all terms, halfway (geometrically) between words taken as
 *  independent (the product, as the planner does) and as always together (the rarest word's
 *  share). Words of one query are often correlated: as independent, "Security Council", in 5%
 *  of claims, looked rare and read the index (300 ms at a million claims); as correlated, two
 *  unrelated 1% words looked common and walked 200k rows. Halfway, two independent words
 *  walk only when together they still match one claim in 500. null without statistics. */
export function estimateFrequency(stats: ColumnStats | null, terms: SearchTerm[]): number | null {
  if (!stats || terms.length === 0) return null;
  let independent = 1;
  let rarest = 1;
  for (const term of terms) {
    const word = foldLexeme(term.word);
    let f = stats.freqs.get(word) ?? stats.floor;
    if (term.prefix) {
      f = stats.floor;
      for (const lexeme of stats.lexemes) if (lexeme.startsWith(word)) f += stats.freqs.get(lexeme) ?? 0;
    }
    independent *= Math.min(1, f);
    rarest = Math.min(rarest, f);
  }
  return Math.sqrt(independent * rarest);
}

export function chooseAccess(frequency: number | null): Access {
  if (frequency === null) return 'planner';
  return frequency >= WALK_FROM_FREQUENCY ? 'walk' : 'index';
}
