import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import { listSources } from '@/lib/sources/source-queries.server';
import { SourceListQuerySchema } from '@/lib/sources/source-list-schema';
import { pagerLinks } from '@/lib/pagination/cursor-trail';
import { firstValues } from '@/lib/pages/route-params';
import { readForPage } from '@/lib/pages/read-for-page.server';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { alignmentOptions, FilterSelect } from '@/app/_components/filter-select';
import { Pager } from '@/app/_components/pager';
import { ReliabilityBadge } from '@/app/_components/scale-badges';
import { UserText } from '@/app/_components/user-text';
import { KIND_LABELS } from '@/lib/sources/source-kind-labels';
import { identifierLabel } from '@/lib/sources/source-identifiers';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const values = firstValues(await searchParams);
  const filters = { q: values.q, alignment: values.alignment, kind: values.kind, limit: values.limit };
  const viewer = await getCurrentViewer();
  const parsed = SourceListQuerySchema.safeParse({ ...filters, cursor: values.cursor, limit: values.limit ?? 25 });
  const [alignments, page] = await Promise.all([
    readForPage(() => listAlignments(viewer), '/sources'),
    parsed.success ? readForPage(() => listSources(viewer, parsed.data), '/sources') : null,
  ]);
  const links = pagerLinks('/sources', filters, { cursor: values.cursor, back: values.back }, page?.nextCursor ?? null);

  return (
    <>
      <h1>Sources</h1>
      <form className="filters" method="get" action="/sources" role="search" aria-label="Filter sources">
        <label className="grow">
          Name or alias, any spelling or script
          <input type="search" name="q" defaultValue={values.q ?? ''} dir="auto" />
        </label>
        <FilterSelect label="Alignment" name="alignment" value={values.alignment} options={alignmentOptions(alignments)} />
        <FilterSelect
          label="Kind"
          name="kind"
          value={values.kind}
          options={Object.entries(KIND_LABELS).map(([kind, label]) => ({ value: kind, label }))}
        />
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      {!page && (
        <p className="empty" role="alert">
          Those filters could not be understood. <Link href="/sources">Clear filters</Link>
        </p>
      )}
      {page && page.items.length === 0 && <p className="empty">No sources match.</p>}
      {page && values.q && page.items.length > 0 && (
        <p className="small muted">The best matches first: exact name, exact alias, then names starting so, then similar spellings.</p>
      )}
      {page && page.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Sources with kind, alignment, current reliability and claim count</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Kind</th>
                <th scope="col">Alignment</th>
                <th scope="col">Reliability</th>
                <th scope="col">Claims</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/sources/${s.id}`}>
                      <UserText text={s.name} />
                    </Link>
                    {s.represents && (
                      <span className="small muted">
                        {' '}
                        for <UserText text={s.represents.name} />
                      </span>
                    )}
                    {s.matched && s.matched.name !== s.name && (
                      <div className="small">
                        matched: <UserText text={s.matched.name} />
                      </div>
                    )}
                    {s.aliases.length > 0 && <UserText as="div" className="small muted" text={s.aliases.join(' · ')} />}
                    {s.identifiers.length > 0 && <div className="small muted" dir="ltr">{s.identifiers.map(identifierLabel).join(' · ')}</div>}
                  </td>
                  <td>
                    {KIND_LABELS[s.kind]}
                    {s.country && <div className="small muted">{s.country}</div>}
                  </td>
                  <td>
                    <AlignmentBadge alignment={s.alignment} />
                  </td>
                  <td>
                    <ReliabilityBadge grade={s.reliability} />
                  </td>
                  <td>{s.claimCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager links={links} label="Source pages" />
    </>
  );
}
