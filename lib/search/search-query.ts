// Pure pieces of claim search: turning what someone typed into a tsquery, the search cursor,
// and marking the matched words of a claim as plain-text segments. No database here.
import type { CursorKey } from '@/lib/pagination/cursor';
import { parseId } from '@/lib/fields/field-schemas';
import type { HighlightSegment } from './search-types';
import { foldLexeme, type SearchTerm } from './search-plan';

const MAX_TERMS = 8;
// A one- or two-letter prefix expands to thousands of lexemes in the GIN index.
const MIN_PREFIX_LENGTH = 3;

/**
 * Words of the query ANDed together, the last one as a prefix so results follow typing
 * ("Nebenz" finds "Nebenzya"). Only letters, marks and digits survive, so the string is always
 * valid `to_tsquery` input whatever was typed. Null when nothing searchable is left.
 */
export function toPrefixTsQuery(q: string): string | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  return terms.map((t) => (t.prefix ? `${t.word}:*` : t.word)).join(' & ');
}

/** The words of a query; the last is a prefix once it has three letters. */
export function searchTerms(q: string): SearchTerm[] {
  const words = (q.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
  const last = words.length - 1;
  return words.map((word, i) => ({ word, prefix: i === last && [...word].length >= MIN_PREFIX_LENGTH }));
}

/** Trigram matching is for misspelt names, titles and venues: at least five letters. A shorter
 *  fragment ("lism", typed so far) is word-similar to a thousand names at a million claims
 *  (20 ms of scoring) and says nothing yet; the prefix match of full text covers it. */
export function isFuzzyCandidate(q: string): boolean {
  const letters = q.replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length >= 5 && q.length <= 100;
}

/**
 * Results are ranked inside windows of the newest matches; the cursor names the window (ids
 * below `below`, none for the first) and the last (score, id) shown in it. `score` null means
 * "start of this window".
 */
export type SearchPosition = { below: number | null; score: number | null; id: number };

const PREFIX = 's';

export function searchCursorKey(pos: SearchPosition): CursorKey {
  return { key: `${PREFIX}:${pos.below ?? ''}:${pos.score ?? ''}`, id: pos.id };
}

const isReal = (n: number) => {
  const f = Math.fround(n);
  return Number.isFinite(f) && (f !== 0 || n === 0);
};

export function parseSearchCursor(cursor: CursorKey): SearchPosition | null {
  const m = /^s:(\d*):(-?\d+(?:\.\d+)?(?:e-?\d+)?)?$/i.exec(cursor.key);
  if (!m) return null;
  const below = m[1] ? parseId(m[1]) : null;
  const score = m[2] !== undefined ? Number(m[2]) : null;
  if (m[1] && below === null) return null;
  // The score is compared as PostgreSQL `real`: one it cannot hold (1e308, 1e-50) is no score
  // the search ever handed out.
  if (score !== null && !isReal(score)) return null;
  return { below, score, id: cursor.id };
}

// Case and accents are ignored as the index ignores them (unaccent, lower-case), so "Sécurité"
// is marked for "securite"; marks (Arabic harakat included) are dropped before comparing.
const fold = foldLexeme;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export type HighlightTerms = { exact: Set<string>; prefixes: string[] };

/** The words a query matches, as `toPrefixTsQuery` builds them, folded for comparison. */
export function highlightTerms(q: string): HighlightTerms {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const t of searchTerms(q)) {
    if (t.prefix) prefixes.push(fold(t.word));
    else exact.add(fold(t.word));
  }
  return { exact, prefixes };
}

/**
 * The text cut into matched and unmatched runs, from the original string only: nothing is
 * parsed or rebuilt, so whatever the text holds (markup included) comes back as plain text.
 */
export function highlightText(text: string, terms: HighlightTerms): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const prev = segments.at(-1);
    if (prev && prev.match === match) prev.text += part;
    else segments.push({ text: part, match });
  };
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    if (!terms.exact.has(word) && !terms.prefixes.some((p) => word.startsWith(p))) continue;
    push(text.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return segments.length ? segments : [{ text, match: false }];
}
