import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { getDocumentRevision } from '@/lib/documents/document-revision-queries.server';
import { formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { parseRouteId } from '@/lib/pages/route-params';
import { readOneForPage } from '@/lib/pages/read-for-page.server';
import { UserText } from '@/app/_components/user-text';
import { AnchoringReportView } from '../../_components/anchoring-report';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string; version: string }> };

const loadRevision = cache(async (rawId: string, rawVersion: string) => {
  const id = parseRouteId(rawId);
  const version = parseRouteId(rawVersion);
  if (id === null || version === null) notFound();
  const viewer = await getCurrentViewer();
  return readOneForPage(() => getDocumentRevision(viewer, id, version), `/documents/${id}/revisions/${version}`);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, version } = await params;
  const revision = await loadRevision(id, version);
  return { title: `${revision.title} (version ${revision.version})` };
}

/** A text the document had before an edit, exactly as it was kept. */
export default async function DocumentRevisionPage({ params }: Props) {
  const { id, version } = await params;
  const r = await loadRevision(id, version);
  return (
    <article>
      <p className="kicker">Earlier text of a document</p>
      <UserText as="h1" text={r.title} />
      <p>
        <Link href={`/documents/${r.documentId}#text-history`}>Back to the document and its text history</Link>
      </p>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{r.version}</dd>
        <dt>SHA-256</dt>
        <dd className="hash">{r.textSha256}</dd>
        <dt>Replaced</dt>
        <dd>
          <time dateTime={isoDate(r.createdAt)}>{formatTimestamp(r.createdAt)}</time>
          {r.author ? <> by <UserText text={r.author.name} /></> : null}
        </dd>
        {r.reason ? (
          <>
            <dt>Reason</dt>
            <dd><UserText text={r.reason} /></dd>
          </>
        ) : null}
      </dl>
      {r.anchoring ? (
        <section aria-labelledby="revision-report-heading">
          <h2 id="revision-report-heading">What the new text did to the quotes</h2>
          <AnchoringReportView report={r.anchoring} />
        </section>
      ) : null}
      <section aria-labelledby="revision-text-heading">
        <h2 id="revision-text-heading">Text of version {r.version}</h2>
        <UserText as="div" className="doc-text" text={r.text} />
      </section>
    </article>
  );
}
