import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { listEvents } from '@/lib/events/event-queries.server';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { pagerLinks } from '@/lib/pagination/cursor-trail';
import { formatDay, isoDate } from '@/lib/claims/claim-format';
import { firstValues } from '@/lib/pages/route-params';
import { readForPage } from '@/lib/pages/read-for-page.server';
import { Pager } from '@/app/_components/pager';
import { UserText } from '@/app/_components/user-text';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Events' };

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const values = firstValues(await searchParams);
  const viewer = await getCurrentViewer();
  const parsed = PageQuerySchema.safeParse({ cursor: values.cursor, limit: values.limit ?? 25 });
  const query = parsed.success ? parsed.data : { limit: 25 };
  const page = await readForPage(() => listEvents(viewer, query), '/events');
  const links = pagerLinks('/events', { limit: values.limit }, { cursor: parsed.success ? values.cursor : undefined, back: values.back }, page.nextCursor);

  return (
    <>
      <h1>Events</h1>
      <p className="muted">Contested incidents, each grouping the claims made about it.</p>
      {!parsed.success && <p className="empty" role="alert">That page link was not valid; showing the first page.</p>}
      {page.items.length === 0 ? (
        <p className="empty">No events have been recorded yet.</p>
      ) : (
        <ol className="item-list" aria-label="Events">
          {page.items.map((e) => (
            <li key={e.id}>
              <Link href={`/events/${e.id}`}>
                <strong>
                  <UserText text={e.title} />
                </strong>
              </Link>
              {e.summary && <UserText as="p" className="small" text={e.summary} />}
              <p className="item-meta">
                {e.startsAt && <time dateTime={isoDate(e.startsAt)}>{formatDay(e.startsAt)}</time>}
                {e.placeName && <UserText text={e.placeName} />}
                <span>
                  {e.claimCount} {e.claimCount === 1 ? 'claim' : 'claims'}
                </span>
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pager links={links} label="Event pages" />
    </>
  );
}
