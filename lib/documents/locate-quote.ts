// Where a stored quote sits in a document's text. The position hint wins when it still points at
// the quote; otherwise the first occurrence; a quote no longer in the text is not highlighted.

export function locateQuote(text: string, exact: string, start: number | null): { start: number; end: number } | null {
  if (!exact) return null;
  if (start !== null && start >= 0 && text.slice(start, start + exact.length) === exact) {
    return { start, end: start + exact.length };
  }
  const found = text.indexOf(exact);
  return found === -1 ? null : { start: found, end: found + exact.length };
}
