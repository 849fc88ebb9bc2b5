import type { Metadata } from 'next';
import Link from 'next/link';
import { listEvents } from '@/lib/events/event-queries.server';
import { formatDay, isoDate } from '@/lib/claims/claim-format';
import { PagedList, readNewestFirstPage, type ListPageProps } from '@/app/_components/paged-list';
import { UserText } from '@/app/_components/user-text';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Events' };

export default async function EventsPage({ searchParams }: ListPageProps) {
  return (
    <PagedList
      title="Events"
      intro="Contested incidents, each grouping the claims made about it."
      empty="No events have been recorded yet."
      noun="Event"
      list={await readNewestFirstPage('/events', searchParams, listEvents)}
      item={(e) => (
        <>
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
        </>
      )}
    />
  );
}
