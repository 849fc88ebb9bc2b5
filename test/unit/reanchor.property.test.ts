// Re-anchoring finds every quote again after random edits elsewhere in the text: insertions,
// deletions and replacements anywhere outside the quoted span (its context included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAt, reanchorQuote } from '@/lib/documents/reanchor';

const WORDS = ['army', 'sources', 'said', 'the', 'village', 'clashes', 'near', 'Idlib', 'militants', 'retreat', 'حلب', 'shelling', 'of', 'and', '30', 'June', '—', 'Kansafrah', 'Россия'];
const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 40, maxLength: 400 }).map((w) => w.join(' '));
const editArb = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' '))),
});

/** Applies edits only outside [start, end); returns the new text and where the quote went. */
function editOutside(text: string, start: number, end: number, edits: { at: number; remove: number; insert: string }[]) {
  let t = text;
  let s = start;
  let e = end;
  for (const edit of edits) {
    const before = edit.at % 2 === 0;
    if (before) {
      const at = s === 0 ? 0 : edit.at % (s + 1);
      const remove = Math.min(edit.remove, s - at);
      t = t.slice(0, at) + edit.insert + t.slice(at + remove);
      const shift = edit.insert.length - remove;
      s += shift;
      e += shift;
    } else {
      const at = e + (edit.at % (t.length - e + 1));
      const remove = Math.min(edit.remove, t.length - at);
      t = t.slice(0, at) + edit.insert + t.slice(at + remove);
    }
  }
  return { text: t, start: s };
}

const countOf = (text: string, exact: string) => text.split(exact).length - 1;

describe('reanchorQuote (property)', () => {
  it('finds every quote after random edits elsewhere in the text', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.integer({ min: 12, max: 120 }), fc.array(editArb, { maxLength: 12 }), (text, startSeed, length, edits) => {
        const start = startSeed % Math.max(1, text.length - length);
        const len = Math.min(length, text.length - start);
        fc.pre(len > 0 && text.slice(start, start + len).trim() !== '');
        const selector = anchorAt(text, start, len);
        const moved = editOutside(text, start, start + len, edits);
        const found = reanchorQuote(moved.text, selector);
        expect(found.status).not.toBe('lost');
        if (found.status === 'lost') return;
        // The exact words are found; where they occur once, exactly where they moved to.
        expect(moved.text.slice(found.start, found.start + selector.exact.length)).toBe(selector.exact);
        expect(found.exact).toBe(selector.exact);
        if (countOf(moved.text, selector.exact) === 1) expect(found.start).toBe(moved.start);
      }),
      { numRuns: 500 },
    );
  });

  it('an untouched text keeps every quote anchored where it was', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.integer({ min: 5, max: 60 }), (text, seed, length) => {
        const start = seed % Math.max(1, text.length - length);
        const selector = anchorAt(text, start, Math.min(length, text.length - start));
        fc.pre(selector.exact.length > 0);
        // Even a repeated phrase: its own context and position both point back to it.
        expect(reanchorQuote(text, selector)).toMatchObject({ status: 'anchored', start });
      }),
      { numRuns: 300 },
    );
  });
});
