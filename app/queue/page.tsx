import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import type { QueueSection as Section } from '@/lib/review/review-queue.server';
import { QueueSection } from './_components/queue-section';
import { MentionsSection } from './_components/mentions-section';

export const metadata: Metadata = { title: 'Queue' };

// The sections in the order a reviewer works through them. "Mentions of me" comes from the
// discussion (its own component and paging), right after what is assigned.
const SECTIONS: { section: Section; heading: string; empty: string }[] = [
  { section: 'assigned', heading: 'Assigned to me', empty: 'Nothing open is assigned to you.' },
  { section: 'contested', heading: 'Contested claims without a verdict', empty: 'Every contested claim has a credibility.' },
  { section: 'relays', heading: 'New relays of reviewed claims', empty: 'No reviewed claim has been relayed since its review.' },
  { section: 'inReview', heading: 'Events in review', empty: 'No event is in review.' },
  { section: 'settled', heading: 'Recently settled events', empty: 'No event has been settled yet.' },
];

/** The review desk's queue: signed-in users only. */
export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getCurrentViewer();
  if (!viewer) redirect('/signin?callbackUrl=%2Fqueue');
  const raw = await searchParams;
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const [assigned, ...rest] = SECTIONS;
  return (
    <article className="queue">
      <h1>Queue</h1>
      <p className="lede">What needs review, who has it, and what changed since a verdict.</p>
      <QueueSection viewer={viewer} values={values} {...assigned} />
      <MentionsSection viewer={viewer} searchParams={raw} />
      {rest.map((s) => <QueueSection key={s.section} viewer={viewer} values={values} {...s} />)}
    </article>
  );
}
