import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { getDocument } from '@/lib/documents/document-queries.server';
import { formatDay, formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { parseRouteId } from '@/lib/pages/route-params';
import { readOneForPage } from '@/lib/pages/read-for-page.server';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { UserText } from '@/app/_components/user-text';
import { QuotedDocumentText } from './_components/quoted-document-text';
import { hasRole } from '@/lib/auth/viewer';
import { claimRoles } from '@/lib/claims/claim-permissions';
import { CaptureFromSelection } from './_components/capture-from-selection';
import { MarkRemoved } from './_components/mark-removed';
import { documentRoles } from '@/lib/documents/document-permissions';
import { listLostQuotes } from '@/lib/documents/document-queries.server';
import { listDocumentRevisions } from '@/lib/documents/document-revision-queries.server';
import { EditDocumentText } from './_components/edit-document-text';
import { LostQuotes } from './_components/lost-quotes';
import { TextHistory } from './_components/text-history';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const loadDocument = cache(async (rawId: string) => {
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const viewer = await getCurrentViewer();
  return readOneForPage(() => getDocument(viewer, id), `/documents/${id}`);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadDocument((await params).id)).title };
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

export default async function DocumentPage({ params }: Props) {
  const doc = await loadDocument((await params).id);
  const quotedClaims = [...new Map(doc.highlights.map((h) => [h.claimId, h])).values()];
  const viewer = await getCurrentViewer();
  const canCapture = hasRole(viewer, claimRoles.create);
  const canEdit = hasRole(viewer, documentRoles.edit);
  const [revisions, lostQuotes] = await Promise.all([listDocumentRevisions(viewer, doc.id), listLostQuotes(viewer, doc.id)]);

  return (
    <article>
      <p className="kicker">Document</p>
      <UserText as="h1" text={doc.title} lang={doc.language} />
      {doc.removedNoticedAt && (
        <p>
          <span className="badge badge-removed">Removed at source</span>{' '}
          <span className="small muted">noticed {formatTimestamp(doc.removedNoticedAt)}; the stored copy below is kept.</span>
        </p>
      )}
      <dl className="facts">
        {doc.publisher && (
          <>
            <dt>Publisher</dt>
            <dd>
              <Link href={`/sources/${doc.publisher.id}`}>
                <UserText text={doc.publisher.name} />
              </Link>{' '}
              <AlignmentBadge alignment={doc.publisher.alignment} />
            </dd>
          </>
        )}
        {doc.author && (
          <>
            <dt>Author</dt>
            <dd>
              <UserText text={doc.author} />
            </dd>
          </>
        )}
        {doc.publishedAt && (
          <>
            <dt>Published</dt>
            <dd>
              <time dateTime={isoDate(doc.publishedAt)}>{formatDay(doc.publishedAt)}</time>
            </dd>
          </>
        )}
        <dt>Address</dt>
        <dd>
          {isWebUrl(doc.url) ? (
            <a href={doc.url} rel="noopener noreferrer nofollow">
              {doc.url}
            </a>
          ) : (
            <span>{doc.url}</span>
          )}
        </dd>
        {doc.republishes && (
          <>
            <dt>Republishes</dt>
            <dd>
              <Link href={`/documents/${doc.republishes.id}`}>
                <UserText text={doc.republishes.title} />
              </Link>
              {doc.republishes.publishedAt && <span className="small muted"> ({formatDay(doc.republishes.publishedAt)})</span>}
            </dd>
          </>
        )}
        {doc.republishedBy.length > 0 && (
          <>
            <dt>Republished by</dt>
            <dd>
              {doc.republishedBy.map((d, i) => (
                <span key={d.id}>
                  {i > 0 && ', '}
                  <Link href={`/documents/${d.id}`}>
                    <UserText text={d.title} />
                  </Link>
                </span>
              ))}
            </dd>
          </>
        )}
        {doc.sourceCredit && (
          <>
            <dt>Credited to</dt>
            <dd>
              <UserText text={doc.sourceCredit} />
            </dd>
          </>
        )}
        <dt>Captured</dt>
        <dd>
          <time dateTime={isoDate(doc.capturedAt)}>{formatTimestamp(doc.capturedAt)}</time>
          {doc.retrievedAt && <span className="small muted"> (retrieved {formatTimestamp(doc.retrievedAt)})</span>}
        </dd>
        <dt>SHA-256</dt>
        <dd className="hash">{doc.textSha256}</dd>
        {doc.language && (
          <>
            <dt>Language</dt>
            <dd>{doc.language}</dd>
          </>
        )}
      </dl>

      {canCapture && <MarkRemoved documentId={doc.id} version={doc.version} removed={Boolean(doc.removedNoticedAt)} />}

      {quotedClaims.length > 0 && (
        <section aria-labelledby="quoted-heading">
          <h2 id="quoted-heading">Claims quoted from this document</h2>
          <ul className="item-list">
            {quotedClaims.map((h) => (
              <li key={h.claimId}>
                <Link href={`/claims/${h.claimId}`}>
                  <UserText text={h.claimText} />
                </Link>
                <span className="small muted">
                  {' '}
                  — <UserText text={h.sourceName} /> {h.role}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <LostQuotes quotes={lostQuotes} canEdit={canEdit} />

      {canEdit && <EditDocumentText documentId={doc.id} version={doc.version} title={doc.title} text={doc.text} lang={doc.language} />}

      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Stored text</h2>
        <p className="small muted">
          {doc.highlights.length
            ? `${doc.highlights.length} highlighted ${doc.highlights.length === 1 ? 'quote' : 'quotes'}; each links to its claim.`
            : 'No quotes have been captured from this document yet.'}
        </p>
        {canCapture && <CaptureFromSelection documentId={doc.id} containerId="document-text" />}
        <div id="document-text">
          <QuotedDocumentText text={doc.text} highlights={doc.highlights} lang={doc.language} />
        </div>
      </section>

      <TextHistory documentId={doc.id} current={doc} revisions={revisions ?? []} lang={doc.language} />
    </article>
  );
}
