import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import { getDocument } from '@/lib/documents/document-queries.server';
import { sourceForUrl } from '@/lib/sources/source-url-match.server';
import { listEvents } from '@/lib/events/event-queries.server';
import { listConflicts } from '@/lib/conflicts/conflict-queries.server';
import { anchorAt, findExact } from '@/lib/documents/reanchor';
import { firstValues, parseRouteId } from '@/lib/pages/route-params';
import { CaptureForm, type CaptureDocument, type CaptureQuote } from './_components/capture-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New claim' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `/claims/new?documentId=…&exact=…&prefix=…&suffix=…&start=…`, as the document page opens it. */
export default async function NewClaimPage({ searchParams }: Props) {
  const query = firstValues(await searchParams);
  const viewer = await getCurrentViewer();
  if (!hasRole(viewer, 'reviewer')) {
    const back = `/claims/new?${new URLSearchParams(query as Record<string, string>)}`;
    redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  }
  const documentId = parseRouteId(query.documentId);
  const doc = documentId ? await getDocument(viewer, documentId) : null;
  let quote: CaptureQuote | null = null;
  let quoteMissing = false;
  if (doc && query.exact) {
    // The server re-finds the words in the stored text; the URL only suggests them.
    const start = query.start && /^\d+$/.test(query.start) ? Number(query.start) : null;
    const at = findExact(doc.text, { exact: query.exact, prefix: query.prefix, suffix: query.suffix, start });
    if (at === null) quoteMissing = true;
    else quote = anchorAt(doc.text, at, query.exact.length);
  }
  const [alignments, events, byAddress, conflicts] = await Promise.all([
    listAlignments(viewer), listEvents(viewer, { limit: 100 }),
    // Without a recorded publisher, the source whose domain or account the address is on.
    doc && !doc.publisher ? sourceForUrl(viewer, doc.url) : null,
    listConflicts(viewer),
  ]);
  const publisher = doc?.publisher ?? byAddress;
  const document: CaptureDocument | null = doc && {
    id: doc.id,
    title: doc.title,
    language: doc.language,
    publishedAt: doc.publishedAt?.toISOString() ?? null,
    publisher: publisher && { id: publisher.id, name: publisher.name },
  };

  return (
    <section>
      <p className="kicker">Capture</p>
      <h1>New claim</h1>
      {doc ? (
        <p className="small muted">
          From <Link href={`/documents/${doc.id}`}><span dir="auto">{doc.title}</span></Link>
          {doc.publisher && <> — its publisher, <span dir="auto">{doc.publisher.name}</span>, is proposed as the relaying source.</>}
          {byAddress && <> — its address is on {byAddress.matched.label}, which belongs to <span dir="auto">{byAddress.name}</span>, proposed as the relaying source.</>}
        </p>
      ) : (
        <p className="small muted">Without a document: no quote. To quote, open a <Link href="/documents">document</Link> and select the words.</p>
      )}
      {quoteMissing && <p role="alert" className="conflict-box">The selected words are not in the document’s stored text; capture without a quote or select again.</p>}
      <CaptureForm
        document={document}
        quote={quote}
        alignments={alignments.filter((a) => !a.retiredAt).map((a) => ({ slug: a.slug, label: a.label }))}
        events={events.items.map((e) => ({ id: e.id, title: e.title }))}
        conflicts={conflicts.items.map((c) => ({ id: c.id, name: c.name }))}
      />
    </section>
  );
}
