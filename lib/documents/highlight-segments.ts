// Splits a document's stored text at highlight offsets so pages render <mark> elements from
// plain strings; the text is never parsed as HTML. Highlights may overlap (two claims quoting
// the same words), so each segment carries every highlight that covers it.

export type TextHighlight = { start: number; end: number; claimId: number };

export type TextSegment<H extends TextHighlight = TextHighlight> = {
  text: string;
  start: number;
  end: number;
  highlights: H[];
};

export function splitIntoSegments<H extends TextHighlight>(
  text: string,
  highlights: readonly H[],
): TextSegment<H>[] {
  const usable = highlights
    .map((h) => ({ h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.start < x.end);

  const cuts = new Set<number>([0, text.length]);
  for (const x of usable) {
    cuts.add(x.start);
    cuts.add(x.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment<H>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (start === end) continue;
    const covering = usable
      .filter((x) => x.start <= start && x.end >= end)
      // Innermost first: the shortest quote is the most specific link for these words.
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((x) => x.h);
    const previous = segments.at(-1);
    if (previous && previous.highlights.length === 0 && covering.length === 0) {
      previous.text += text.slice(start, end);
      previous.end = end;
      continue;
    }
    segments.push({ text: text.slice(start, end), start, end, highlights: covering });
  }
  return segments;
}
