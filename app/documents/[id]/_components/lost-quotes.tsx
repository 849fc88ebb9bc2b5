import Link from 'next/link';
import type { LostQuote } from '@/lib/documents/document-queries.server';
import { UserText } from '@/app/_components/user-text';
import './document-text-edit.css';

/** Quotes a text edit could no longer find: each claim still cites these words, so each needs a look. */
export function LostQuotes({ quotes, canEdit }: { quotes: LostQuote[]; canEdit: boolean }) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="lost-quotes-heading" id="lost-quotes">
      <h2 id="lost-quotes-heading">Quotes no longer found in this text</h2>
      <p className="small">
        These words were quoted from an earlier version of the text (see the text history). Select the right words in the
        stored text to capture the quote again, or correct the attribution on its claim.
      </p>
      <ul className="plain-list">
        {quotes.map((q) => (
          <li key={q.attributionId} className="anchoring-item anchoring-lost">
            <blockquote className="quote-context" dir="auto">
              <strong>{q.exact}</strong>
            </blockquote>
            <p className="small">
              <UserText text={q.sourceName} /> —{' '}
              <Link href={`/claims/${q.claimId}`}>
                claim: <UserText text={q.claimText} />
              </Link>
              {canEdit ? <> · <Link href={`/claims/${q.claimId}/edit`}>Edit the claim</Link></> : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
