import type { ReactNode } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { PageQuerySchema, type PageQuery } from '@/lib/pagination/cursor';
import { pagerLinks, type PagerLinks } from '@/lib/pagination/cursor-trail';
import type { Page } from '@/lib/pagination/page';
import { firstValues } from '@/lib/pages/route-params';
import { readForPage } from '@/lib/pages/read-for-page.server';
import { Pager } from '@/app/_components/pager';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
/** The props Next.js hands a list page. */
export type ListPageProps = { searchParams: SearchParams };
export type NewestFirstPage<T> = { page: Page<T>; links: PagerLinks; badLink: boolean };

/**
 * One page of a newest-first list (events, documents) for the URL's cursor and limit. A cursor
 * that does not parse shows the first page with a notice, not an error: such links get shared.
 */
export async function readNewestFirstPage<T>(
  path: string,
  searchParams: SearchParams,
  list: (viewer: Viewer, query: PageQuery) => Promise<Page<T>>,
): Promise<NewestFirstPage<T>> {
  const values = firstValues(await searchParams);
  const viewer = await getCurrentViewer();
  const parsed = PageQuerySchema.safeParse({ cursor: values.cursor, limit: values.limit ?? 25 });
  const query = parsed.success ? parsed.data : { limit: 25 };
  const page = await readForPage(() => list(viewer, query), path);
  const current = { cursor: parsed.success ? values.cursor : undefined, back: values.back };
  return { page, links: pagerLinks(path, { limit: values.limit }, current, page.nextCursor), badLink: !parsed.success };
}

/** A titled, paged list: the notice for a bad page link, the empty text, the rows and the pager. */
export function PagedList<T extends { id: number }>({
  title,
  intro,
  empty,
  noun,
  list,
  item,
}: {
  title: string;
  intro: string;
  empty: string;
  /** Names the list and its pager for assistive technology: "Event" → "Events", "Event pages". */
  noun: string;
  list: NewestFirstPage<T>;
  item: (row: T) => ReactNode;
}) {
  const { page, links, badLink } = list;
  return (
    <>
      <h1>{title}</h1>
      <p className="muted">{intro}</p>
      {badLink && <p className="empty" role="alert">That page link was not valid; showing the first page.</p>}
      {page.items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ol className="item-list" aria-label={`${noun}s`}>
          {page.items.map((row) => (
            <li key={row.id}>{item(row)}</li>
          ))}
        </ol>
      )}
      <Pager links={links} label={`${noun} pages`} />
    </>
  );
}
