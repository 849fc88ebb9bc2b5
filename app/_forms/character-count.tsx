'use client';

const number = new Intl.NumberFormat('en-GB');

/**
 * The limit of a text field, and how much of it is used once the text comes near it. A field
 * never cuts text at its limit (a paste would lose its end unseen): the counter says how far
 * over it is, and the schema refuses it with the same numbers.
 */
export function CharacterCount({ value, max }: { value: string; max: number }) {
  const used = [...value].length;
  if (used > max) {
    return <span className="character-count over">{number.format(used)} characters: {number.format(used - max)} over the limit of {number.format(max)}.</span>;
  }
  if (used >= max * 0.8) return <span className="character-count">{number.format(used)} of {number.format(max)} characters.</span>;
  return <span className="character-count">Up to {number.format(max)} characters.</span>;
}
