import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { listDocuments } from '@/lib/documents/document-queries.server';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { pagerLinks } from '@/lib/pagination/cursor-trail';
import { formatDay, isoDate } from '@/lib/claims/claim-format';
import { firstValues } from '@/lib/pages/route-params';
import { readForPage } from '@/lib/pages/read-for-page.server';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { Pager } from '@/app/_components/pager';
import { UserText } from '@/app/_components/user-text';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Documents' };

export default async function DocumentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const values = firstValues(await searchParams);
  const viewer = await getCurrentViewer();
  const parsed = PageQuerySchema.safeParse({ cursor: values.cursor, limit: values.limit ?? 25 });
  const query = parsed.success ? parsed.data : { limit: 25 };
  const page = await readForPage(() => listDocuments(viewer, query), '/documents');
  const links = pagerLinks('/documents', { limit: values.limit }, { cursor: parsed.success ? values.cursor : undefined, back: values.back }, page.nextCursor);

  return (
    <>
      <h1>Documents</h1>
      <p className="muted">Where claims were seen, each kept as a stored snapshot so quotes stay anchored.</p>
      {!parsed.success && <p className="empty" role="alert">That page link was not valid; showing the first page.</p>}
      {page.items.length === 0 ? (
        <p className="empty">No documents have been captured yet.</p>
      ) : (
        <ol className="item-list" aria-label="Documents">
          {page.items.map((d) => (
            <li key={d.id}>
              <Link href={`/documents/${d.id}`}>
                <strong>
                  <UserText text={d.title} lang={d.language} />
                </strong>
              </Link>
              <p className="item-meta">
                {d.publisher && (
                  <span>
                    <UserText text={d.publisher.name} /> <AlignmentBadge alignment={d.publisher.alignment} />
                  </span>
                )}
                {d.publishedAt && <time dateTime={isoDate(d.publishedAt)}>{formatDay(d.publishedAt)}</time>}
                {d.removedNoticedAt && <span className="badge badge-removed">Removed at source</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pager links={links} label="Document pages" />
    </>
  );
}
