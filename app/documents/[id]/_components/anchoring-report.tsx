import Link from 'next/link';
import type { AnchoringReport, QuoteAnchoring } from '@/lib/documents/document-revision-answers';
import { QuoteInContext } from '@/app/_components/quote-in-context';
import { UserText } from '@/app/_components/user-text';
import './document-text-edit.css';

const statusWords = { anchored: 'Still anchored', reanchored: 'Re-anchored', lost: 'Lost' } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function anchoringSummary(report: AnchoringReport): string {
  const total = report.quotes.length;
  if (total === 0) return 'No quotes had been taken from this text.';
  return `${plural(total, 'quote', 'quotes')}: ${report.anchored} still anchored, ${report.reanchored} re-anchored, ${report.lost} lost.`;
}

function QuoteOutcome({ quote, lang }: { quote: QuoteAnchoring; lang?: string | null }) {
  return (
    <li className={`anchoring-item anchoring-${quote.status}`}>
      <p className="anchoring-head">
        <strong className={`badge anchoring-badge-${quote.status}`}>{statusWords[quote.status]}</strong>{' '}
        <UserText text={quote.sourceName} /> {quote.role} —{' '}
        <Link href={`/claims/${quote.claimId}`}>
          claim: <UserText text={quote.claimText} />
        </Link>
      </p>
      {quote.status === 'anchored' ? (
        <QuoteInContext quote={quote.after ?? quote.before} lang={lang} />
      ) : (
        <div className="anchoring-sides">
          <div>
            <p className="small muted">Before{quote.before.start !== null ? ` (at ${quote.before.start})` : ''}</p>
            <QuoteInContext quote={quote.before} lang={lang} />
          </div>
          <div>
            <p className="small muted">After{quote.after?.start != null ? ` (at ${quote.after.start})` : ''}</p>
            {quote.after ? (
              <QuoteInContext quote={quote.after} lang={lang} />
            ) : (
              <p className="anchoring-lost-note">
                No longer found in the new text. The claim keeps the old words and shows a warning;{' '}
                <Link href={`/claims/${quote.claimId}/edit`}>fix the attribution</Link> or select the right words below to capture them again.
              </p>
            )}
          </div>
        </div>
      )}
    </li>
  );
}

/** Every quote of the document after a text edit: still anchored, re-anchored (before and after side by side) or lost. */
export function AnchoringReportView({ report, lang }: { report: AnchoringReport; lang?: string | null }) {
  return (
    <div className="anchoring-report">
      <p>{anchoringSummary(report)}</p>
      {report.quotes.length > 0 && (
        <ul className="plain-list">
          {report.quotes.map((q) => <QuoteOutcome key={q.attributionId} quote={q} lang={lang} />)}
        </ul>
      )}
    </div>
  );
}
