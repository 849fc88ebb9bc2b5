import Link from 'next/link';
import type { DocumentHighlight } from '@/lib/documents/document-types';
import { splitIntoSegments } from '@/lib/documents/highlight-segments';

/**
 * The stored snapshot with every captured quote marked. The text is split at the quote offsets
 * and rendered as React text nodes, so nothing in a document can become markup.
 */
export function QuotedDocumentText({
  text,
  highlights,
  lang,
}: {
  text: string;
  highlights: DocumentHighlight[];
  lang?: string | null;
}) {
  const segments = splitIntoSegments(text, highlights);
  return (
    <div className="doc-text" dir="auto" lang={lang ?? undefined}>
      {segments.map((segment) => {
        if (segment.highlights.length === 0) return segment.text;
        const [first] = segment.highlights;
        const title = segment.highlights
          .map((h) => `Claim #${h.claimId} (${h.sourceName} ${h.role}): ${h.claimText}`)
          .join('\n');
        return (
          <mark
            key={segment.start}
            className={segment.highlights.length > 1 ? 'overlap' : undefined}
            data-claim-id={first.claimId}
          >
            <Link href={`/claims/${first.claimId}`} title={title}>
              {segment.text}
            </Link>
          </mark>
        );
      })}
    </div>
  );
}
