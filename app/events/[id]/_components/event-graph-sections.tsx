import type { EventColumn } from '@/lib/events/event-types';
import { timelineOf } from '@/lib/events/event-page-view';
import { ClaimGraphLoader } from './claim-graph-loader';
import { ClaimTimeline } from './claim-timeline';
import './event-graph.css';

/** The event page's timeline of first assertions (every claim) and its claim graph (on request). */
export function EventGraphSections({ eventId, columns, claimCount }: { eventId: number; columns: EventColumn[]; claimCount: number }) {
  if (claimCount === 0) return null;
  return (
    <>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">When each claim was first asserted</h2>
        <ClaimTimeline data={timelineOf(columns)} />
      </section>
      <section aria-labelledby="graph-heading" className="event-graph-section">
        <h2 id="graph-heading">Claim graph</h2>
        <p className="small muted">
          Claims coloured by alignment; red lines contradict, green arrows support, dashed lines mark duplicates.
        </p>
        <ClaimGraphLoader eventId={eventId} claimCount={claimCount} />
      </section>
    </>
  );
}
