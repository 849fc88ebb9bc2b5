import Link from 'next/link';
import type { DocumentRevisionView } from '@/lib/documents/document-revision-queries.server';
import { formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { UserText } from '@/app/_components/user-text';
import { AnchoringReportView, anchoringSummary } from './anchoring-report';
import './document-text-edit.css';

/**
 * Every title and text the document had, each with its SHA-256: the current one, then the ones
 * edits replaced (who replaced it, when, why, and what the new text did to the quotes).
 */
export function TextHistory({ documentId, current, revisions, lang }: {
  documentId: number;
  current: { version: number; textSha256: string; capturedAt: Date };
  revisions: DocumentRevisionView[];
  lang?: string | null;
}) {
  return (
    <section aria-labelledby="text-history-heading" id="text-history">
      <h2 id="text-history-heading">Text history</h2>
      {revisions.length === 0 ? (
        <p className="small muted">The text has not been edited since it was captured.</p>
      ) : (
        <ol className="plain-list text-history">
          <li>
            <strong>Version {current.version} (current)</strong>, captured{' '}
            <time dateTime={isoDate(current.capturedAt)}>{formatTimestamp(current.capturedAt)}</time>
            <br />
            <span className="small">SHA-256 <span className="hash">{current.textSha256}</span></span>
          </li>
          {revisions.map((r) => (
            <li key={r.id}>
              <strong>
                <Link href={`/documents/${documentId}/history?version=${r.version}`}>Version {r.version}</Link>
              </strong>
              {': '}
              <UserText text={r.title} />
              <br />
              <span className="small">SHA-256 <span className="hash">{r.textSha256}</span></span>
              <br />
              <span className="small muted">
                Replaced <time dateTime={isoDate(r.createdAt)}>{formatTimestamp(r.createdAt)}</time>
                {r.author ? <> by <UserText text={r.author.name} /></> : null}
              </span>
              {r.reason ? (
                <p className="small">
                  Reason: <UserText text={r.reason} />
                </p>
              ) : null}
              {r.anchoring ? (
                <details>
                  <summary>Re-anchoring report: {anchoringSummary(r.anchoring)}</summary>
                  <AnchoringReportView report={r.anchoring} lang={lang} />
                </details>
              ) : r.anchoringUnreadable ? (
                <p className="small muted">The re-anchoring report of this edit could not be read.</p>
              ) : (
                <p className="small muted">Only the title changed.</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
