import Link from 'next/link';
import type { EventColumn, EventPair } from '@/lib/events/event-types';
import type { Capped } from '@/lib/events/event-page-view';
import { RelationConnectors } from './relation-connectors';

const TEXT = {
  contradicts: { id: 'contradictions-heading', heading: 'Contradictions', all: 'contradictions' },
  supports: { id: 'supports-heading', heading: 'Support', all: 'support links' },
} as const;

/** The event page's list of contradictions or of support links, capped with a "show all" link. */
export function RelationSection({ verb, pairs, columns, wholeHref }: {
  verb: 'contradicts' | 'supports';
  pairs: Capped<EventPair>;
  columns: EventColumn[];
  wholeHref: string;
}) {
  if (pairs.total === 0) return null;
  const text = TEXT[verb];
  return (
    <section aria-labelledby={text.id}>
      <h2 id={text.id}>{text.heading}</h2>
      <RelationConnectors columns={columns} pairs={pairs.shown} verb={verb} />
      {pairs.shown.length < pairs.total && (
        <p className="small">
          <Link href={`${wholeHref}#${text.id}`}>Show all {pairs.total} {text.all}</Link>
        </p>
      )}
    </section>
  );
}
