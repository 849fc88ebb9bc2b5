import type { Metadata } from 'next';
import Link from 'next/link';
import { listDocuments } from '@/lib/documents/document-queries.server';
import { formatDay, isoDate } from '@/lib/claims/claim-format';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { PagedList, readNewestFirstPage, type ListPageProps } from '@/app/_components/paged-list';
import { UserText } from '@/app/_components/user-text';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Documents' };

export default async function DocumentsPage({ searchParams }: ListPageProps) {
  return (
    <PagedList
      title="Documents"
      intro="Where claims were seen, each kept as a stored snapshot so quotes stay anchored."
      empty="No documents have been captured yet."
      noun="Document"
      list={await readNewestFirstPage('/documents', searchParams, listDocuments)}
      item={(d) => (
        <>
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
        </>
      )}
    />
  );
}
