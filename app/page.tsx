import Link from 'next/link';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { listNewestClaims } from '@/lib/claims/claim-queries.server';
import { listContestedEvents } from '@/lib/events/event-queries.server';
import { listLatestRatingChanges } from '@/lib/ratings/rating-queries.server';
import { formatDay, formatTimestamp, isoDate } from '@/lib/claims/claim-format';
import { readForPage } from '@/lib/pages/read-for-page.server';
import { AlignmentBadge } from './_components/alignment-badge';
import { ClaimSummary } from './_components/claim-summary';
import { ReliabilityBadge } from './_components/scale-badges';
import { UserText } from './_components/user-text';
import { ListSection } from '@/app/_components/list-section';
import { HomeSearch } from '@/app/_components/home-search';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const viewer = await getCurrentViewer();
  const [events, claims, ratings] = await Promise.all([
    readForPage(() => listContestedEvents(viewer, 6), '/'),
    readForPage(() => listNewestClaims(viewer, 8), '/'),
    readForPage(() => listLatestRatingChanges(viewer, 8), '/'),
  ]);

  return (
    <>
      <h1 className="visually-hidden">Crosscheck</h1>
      <HomeSearch />
      <ListSection id="contested-heading" heading="Contested events" items={events} empty="No contested events yet." renderItem={(e) => (
              <>
                <h3 style={{ margin: 0 }}>
                  <Link href={`/events/${e.id}`}>
                    <UserText text={e.title} />
                  </Link>
                </h3>
                {e.summary && <UserText as="p" className="small" text={e.summary} />}
                <p className="item-meta">
                  <span className="badge badge-contested">
                    {e.contradictionCount} {e.contradictionCount === 1 ? 'contradiction' : 'contradictions'}
                  </span>
                  <span>
                    {e.claimCount} {e.claimCount === 1 ? 'claim' : 'claims'}
                  </span>
                  {e.startsAt && <time dateTime={isoDate(e.startsAt)}>{formatDay(e.startsAt)}</time>}
                  {e.placeName && <UserText text={e.placeName} />}
                  {e.alignments.map((a) => (
                    <AlignmentBadge key={a.slug} alignment={a} />
                  ))}
                </p>
              </>
            )} />

      <div className="grid-2">
        <ListSection id="newest-heading" heading="Newest claims" items={claims} empty="No claims recorded yet." renderItem={(c) => <ClaimSummary claim={c} />}>
          <p>
            <Link href="/claims">All claims →</Link>
          </p>
        </ListSection>

        <ListSection id="ratings-heading" heading="Latest rating changes" items={ratings} empty="No source has been rated yet." renderItem={(r) => (
                <>
                  <Link href={`/sources/${r.source.id}`}>
                    <strong>
                      <UserText text={r.source.name} />
                    </strong>
                  </Link>{' '}
                  <AlignmentBadge alignment={r.source.alignment} />
                  <p className="item-meta">
                    {r.previous && (
                      <>
                        <ReliabilityBadge grade={r.previous} /> <span aria-label="changed to">→</span>
                      </>
                    )}
                    <ReliabilityBadge grade={r.reliability} />
                  </p>
                  <UserText as="p" className="small" text={r.rationale} />
                  <p className="small muted">
                    {r.authorName ? <UserText text={r.authorName} /> : 'Unknown reviewer'},{' '}
                    <time dateTime={isoDate(r.createdAt)}>{formatTimestamp(r.createdAt)}</time>
                  </p>
                </>
              )}>
          <p>
            <Link href="/sources">All sources →</Link>
          </p>
        </ListSection>
      </div>
    </>
  );
}
