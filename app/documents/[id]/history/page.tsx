import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { getDocument } from '@/lib/documents/document-queries.server';
import { getDocumentRevision, listDocumentRevisions } from '@/lib/documents/document-revision-queries.server';
import { formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { firstValues, parseRouteId } from '@/lib/pages/route-params';
import { readOneForPage } from '@/lib/pages/read-for-page.server';
import { UserText } from '@/app/_components/user-text';
import { AnchoringReportView } from '../_components/anchoring-report';
import { TextHistory } from '../_components/text-history';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The document id, and the version asked for (`?version=N`), or null for the whole history. */
async function target({ params, searchParams }: Props) {
  const id = parseRouteId((await params).id);
  const raw = firstValues(await searchParams).version;
  const version = raw === undefined ? null : parseRouteId(raw);
  if (id === null || (raw !== undefined && version === null)) notFound();
  return { id, version };
}

const loadRevision = cache(async (id: number, version: number) => {
  const viewer = await getCurrentViewer();
  return readOneForPage(() => getDocumentRevision(viewer, id, version), `/documents/${id}/history?version=${version}`);
});

const loadHistory = cache(async (id: number) => {
  const viewer = await getCurrentViewer();
  const doc = await readOneForPage(() => getDocument(viewer, id), `/documents/${id}/history`);
  const revisions = await readOneForPage(() => listDocumentRevisions(viewer, id), `/documents/${id}/history`);
  return { doc, revisions };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { id, version } = await target(props);
  if (version === null) return { title: `Text history: ${(await loadHistory(id)).doc.title}` };
  const revision = await loadRevision(id, version);
  return { title: `${revision.title} (version ${revision.version})` };
}

/** A document's text history, or (with `?version=N`) one text it had before an edit, exactly as kept. */
export default async function DocumentHistoryPage(props: Props) {
  const { id, version } = await target(props);
  if (version === null) {
    const { doc, revisions } = await loadHistory(id);
    return (
      <article>
        <p className="kicker">Document</p>
        <UserText as="h1" text={doc.title} lang={doc.language} />
        <p><Link href={`/documents/${doc.id}`}>Back to the document</Link></p>
        <TextHistory documentId={doc.id} current={doc} revisions={revisions} lang={doc.language} />
      </article>
    );
  }
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
