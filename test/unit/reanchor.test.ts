import { describe, expect, it } from 'vitest';
import { anchorAt, reanchorQuote } from '@/lib/documents/reanchor';

const TEXT =
  'Pro-militant sources claimed that the Syrian Army and the National Defense Forces tried to advance there, but were forced to retreat after several hours of clashes. In their own turn, pro-government sources say otherwise.';
const QUOTE = 'were forced to retreat after several hours of clashes';
const selector = anchorAt(TEXT, TEXT.indexOf(QUOTE), QUOTE.length);

describe('reanchorQuote', () => {
  it('keeps a quote anchored in an unchanged text', () => {
    expect(reanchorQuote(TEXT, selector)).toMatchObject({ status: 'anchored', start: selector.start, exact: QUOTE });
  });

  it('follows the exact words when text is inserted before them', () => {
    const edited = `UPDATE: ${TEXT}`;
    expect(reanchorQuote(edited, selector)).toMatchObject({ status: 'reanchored', start: selector.start + 8, exact: QUOTE });
  });

  it('prefers the occurrence whose context matches, over the one nearest the old position', () => {
    const edited = `Elsewhere units ${QUOTE}. ${TEXT}`;
    const found = reanchorQuote(edited, { ...selector, start: 0 });
    expect(found).toMatchObject({ status: 'reanchored', start: edited.lastIndexOf(QUOTE) });
  });

  it('finds a reworded quote between its unchanged prefix and suffix', () => {
    const edited = TEXT.replace(QUOTE, 'had to pull back after several hours of fighting');
    expect(reanchorQuote(edited, selector)).toMatchObject({ status: 'reanchored', exact: 'had to pull back after several hours of fighting' });
  });

  it('finds a lightly corrected quote by fuzzy matching when its context changed too', () => {
    const edited = `Summary. ${QUOTE.replace('several', 'sevral')} Others disagree.`;
    const found = reanchorQuote(edited, selector);
    expect(found).toMatchObject({ status: 'reanchored', start: 9 });
  });

  it('reports a quote that is gone as lost', () => {
    expect(reanchorQuote('A different article about the weather.', selector)).toEqual({ status: 'lost' });
  });
});
