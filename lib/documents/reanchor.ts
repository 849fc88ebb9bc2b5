import DiffMatchPatch from 'diff-match-patch';

// Finding a stored quote again after a document's text changed: the exact words first (the
// occurrence whose prefix/suffix match best, then the one nearest the old position), then the
// prefix and suffix around a changed span, then a fuzzy match (diff-match-patch's Bitap)
// near the old position. A quote that cannot be found is reported lost, never dropped.

export type QuoteSelectorLike = { exact: string; prefix?: string | null; suffix?: string | null; start?: number | null };
export type Anchor = { start: number; exact: string; prefix: string; suffix: string };
export type AnchorResult = ({ status: 'anchored' | 'reanchored' } & Anchor) | { status: 'lost' };

/** How much context a new selector records on each side of the quote. */
export const CONTEXT_CHARS = 32;
const BITAP_MAX = 32;
const FUZZY_TOLERANCE = 0.3;

export function anchorAt(text: string, start: number, length: number): Anchor {
  return {
    start,
    exact: text.slice(start, start + length),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(start + length, start + length + CONTEXT_CHARS),
  };
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, at: number, sel: QuoteSelectorLike): number {
  const before = sel.prefix ? commonSuffixLength(text.slice(Math.max(0, at - sel.prefix.length), at), sel.prefix) : 0;
  const end = at + sel.exact.length;
  const after = sel.suffix ? commonPrefixLength(text.slice(end, end + sel.suffix.length), sel.suffix) : 0;
  return before + after;
}

/** The occurrence of the exact words that fits best: most matching context, then nearest the hint. */
export function findExact(text: string, sel: QuoteSelectorLike): number | null {
  if (!sel.exact) return null;
  const hint = sel.start ?? 0;
  let best: { at: number; score: number; distance: number } | null = null;
  for (const at of occurrences(text, sel.exact)) {
    const score = contextScore(text, at, sel);
    const distance = Math.abs(at - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best?.at ?? null;
}

function findBetweenContext(text: string, sel: QuoteSelectorLike): [number, number] | null {
  const { prefix, suffix, exact } = sel;
  if (!prefix || !suffix || prefix.length < 8 || suffix.length < 8) return null;
  const hint = sel.start ?? 0;
  let best: [number, number] | null = null;
  for (const p of occurrences(text, prefix)) {
    const start = p + prefix.length;
    const end = text.indexOf(suffix, start);
    if (end === -1) continue;
    const length = end - start;
    if (length < exact.length / 2 || length > exact.length * 2 + 16) continue;
    if (!best || Math.abs(start - hint) < Math.abs(best[0] - hint)) best = [start, length];
  }
  return best;
}

function findFuzzy(text: string, sel: QuoteSelectorLike): [number, number] | null {
  const dmp = new DiffMatchPatch();
  const hint = Math.min(Math.max(0, sel.start ?? 0), text.length);
  dmp.Match_Threshold = 0.35;
  dmp.Match_Distance = sel.start == null ? text.length + 1 : 5000;
  const head = sel.exact.slice(0, BITAP_MAX);
  const start = dmp.match_main(text, head, hint);
  if (start === -1) return null;
  let end = start + sel.exact.length;
  if (sel.exact.length > BITAP_MAX) {
    const tail = sel.exact.slice(-BITAP_MAX);
    const tailAt = dmp.match_main(text, tail, Math.max(start, end - BITAP_MAX));
    if (tailAt !== -1 && tailAt > start) end = tailAt + tail.length;
  }
  end = Math.min(end, text.length);
  const distance = dmp.diff_levenshtein(dmp.diff_main(sel.exact, text.slice(start, end)));
  return distance <= sel.exact.length * FUZZY_TOLERANCE ? [start, end - start] : null;
}

export function reanchorQuote(text: string, sel: QuoteSelectorLike): AnchorResult {
  if (!sel.exact) return { status: 'lost' };
  const exactAt = findExact(text, sel);
  if (exactAt !== null) {
    return { status: exactAt === sel.start ? 'anchored' : 'reanchored', ...anchorAt(text, exactAt, sel.exact.length) };
  }
  const span = findBetweenContext(text, sel) ?? findFuzzy(text, sel);
  if (span) return { status: 'reanchored', ...anchorAt(text, span[0], span[1]) };
  return { status: 'lost' };
}
