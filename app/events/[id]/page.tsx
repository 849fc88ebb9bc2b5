import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { hasRole } from '@/lib/auth/viewer';
import { getEvent } from '@/lib/events/event-detail.server';
import { getEventHistory } from '@/lib/events/event-history.server';
import { eventRoles } from '@/lib/events/event-permissions';
import { viewEventPage } from '@/lib/events/event-page-view';
import { formatDay, formatPlace, formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { parseRouteId } from '@/lib/pages/route-params';
import { readOneForPage } from '@/lib/pages/read-for-page.server';
import { UserText } from '@/app/_components/user-text';
import { RelationSection } from './_components/relation-section';
import { EventColumns } from './_components/event-columns';
import { ConnectedColumns } from './_components/connected-columns';
import { EventGraphSections } from './_components/event-graph-sections';
import { EventHistoryList } from './_components/event-history-list';
import { RestoreEventForm } from './_components/restore-event-form';
import { CommentDiscussion } from '@/app/_components/comment-discussion';
import { ReviewStatusBadge } from '@/app/_components/review-status-badge';
import { EventReviewPanel } from './_components/review-panel';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadEvent = cache(async (rawId: string) => {
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const viewer = await getCurrentViewer();
  return readOneForPage(() => getEvent(viewer, id), `/events/${id}`);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  return { title: event.title, alternates: { types: { 'application/atom+xml': `/events/${event.id}/feed.xml` } } };
}

export default async function EventPage({ params, searchParams }: Props) {
  const event = await loadEvent((await params).id);
  const all = (await searchParams).all === '1';
  const view = viewEventPage(event, { all });
  const { claimCount } = view;
  const whole = `/events/${event.id}?all=1`;
  const viewer = await getCurrentViewer();
  const history = await getEventHistory(viewer, event.id);

  return (
    <article>
      <p className="kicker">Event</p>
      <UserText as="h1" text={event.title} />
      {event.deletedAt && (
        <div className="panel" role="status">
          <p>This event was deleted on {formatTimestamp(event.deletedAt)}. Only editors can see it.</p>
          {hasRole(viewer, eventRoles.restore) && <RestoreEventForm eventId={event.id} version={event.version} />}
        </div>
      )}
      {event.summary && <UserText as="p" className="lede" text={event.summary} />}
      <p className="item-meta">
        {viewer && <ReviewStatusBadge status={event.reviewStatus} />}
        {event.startsAt && (
          <span>
            <time dateTime={isoDate(event.startsAt)}>{formatDay(event.startsAt)}</time>
            {event.endsAt && formatDay(event.endsAt) !== formatDay(event.startsAt) && (
              <>
                {' – '}
                <time dateTime={isoDate(event.endsAt)}>{formatDay(event.endsAt)}</time>
              </>
            )}
          </span>
        )}
        {event.placeName && <UserText text={formatPlace(event.placeName, event.placePrecision)} />}
        {event.conflict && (
          <span>
            In <Link href={`/conflicts/${event.conflict.id}`}><UserText text={event.conflict.name} /></Link>: sources under their alignment in it
          </span>
        )}
        <span>
          {claimCount} {claimCount === 1 ? 'claim' : 'claims'}, {event.contradictions.length}{' '}
          {event.contradictions.length === 1 ? 'contradiction' : 'contradictions'}
        </span>
        <Link href={`/claims?eventId=${event.id}`}>Search within this event</Link>
        <a href={`/events/${event.id}/feed.xml`} type="application/atom+xml">Atom feed</a>
        {!event.deletedAt && hasRole(viewer, eventRoles.edit) && <Link href={`/events/${event.id}/edit`}>Edit event</Link>}
        {hasRole(viewer, 'editor') && (
          <a href={`/api/v1/exchange/export?format=jsonl&eventId=${event.id}`} download>Export this event</a>
        )}
      </p>

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts by alignment</h2>
        {view.capped && (
          <p className="small muted">
            The most contested accounts in each column; <Link href={whole}>show all {claimCount} claims and every relation</Link>.
          </p>
        )}
        {all && claimCount > 0 && (
          <p className="small muted">
            Every claim and relation; <Link href={`/events/${event.id}`}>show the most contested only</Link>.
          </p>
        )}
        {view.columns.length === 0 ? (
          <p className="empty">No claims have been recorded for this event yet.</p>
        ) : (
          <ConnectedColumns pairs={view.connected}>
            <EventColumns eventId={event.id} columns={view.columns} contradictions={event.contradictions} />
          </ConnectedColumns>
        )}
      </section>

      <RelationSection verb="contradicts" pairs={view.contradictions} columns={event.columns} wholeHref={whole} />
      <RelationSection verb="supports" pairs={view.supports} columns={event.columns} wholeHref={whole} />
      <EventGraphSections eventId={event.id} columns={event.columns} claimCount={claimCount} />

      <EventReviewPanel viewer={viewer} event={event} />
      <CommentDiscussion viewer={viewer} target={{ kind: 'event', id: event.id }} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <EventHistoryList entries={history} />
      </section>
    </article>
  );
}
