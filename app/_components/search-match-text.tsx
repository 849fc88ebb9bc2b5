import type { HighlightSegment } from '@/lib/search/search-types';

/** Claim text with the search's matches marked; every segment is rendered as text. */
export function SearchMatchText({ segments, lang }: { segments: HighlightSegment[]; lang?: string | null }) {
  return (
    <span dir="auto" lang={lang ?? undefined}>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </span>
  );
}
