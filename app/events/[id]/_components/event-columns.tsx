import Link from 'next/link';
import type { SourceRef } from '@/lib/sources/source-types';
import type { EventColumn, EventPair } from '@/lib/events/event-types';
import type { CappedColumn } from '@/lib/events/event-page-view';
import { safeAlignmentColor } from '@/lib/alignments/alignment-color';
import { AlignmentSwatch } from '@/app/_components/alignment-badge';
import { CredibilityBadge } from '@/app/_components/scale-badges';
import { UserText } from '@/app/_components/user-text';

/**
 * A claim asserted from two camps shows in two columns; only its first card carries the
 * `claim-N` anchor that "⟷ contradicts #N" links jump to, so ids stay unique.
 */
function firstColumnOf(columns: EventColumn[]): Map<number, string> {
  const first = new Map<number, string>();
  for (const column of columns) for (const c of column.claims) if (!first.has(c.id)) first.set(c.id, column.alignment.slug);
  return first;
}

function partnersOf(claimId: number, pairs: EventPair[]) {
  return pairs
    .filter((p) => p.claimAId === claimId || p.claimBId === claimId)
    .map((p) => ({ pair: p, other: p.claimAId === claimId ? p.claimBId : p.claimAId }));
}

/**
 * The event's claims side by side, one column per alignment, contradictions marked on each
 * card; a column cut short ends with a link to the whole event.
 */
export function EventColumns({ eventId, columns, contradictions }: { eventId: number; columns: CappedColumn[]; contradictions: EventPair[] }) {
  const firstColumn = firstColumnOf(columns);
  return (
    <div className="columns">
      {columns.map((column) => (
        <section
          key={column.alignment.slug}
          id={`column-${column.alignment.slug}`}
          className="column"
          aria-label={`${column.alignment.label} accounts`}
          style={{ borderTopColor: safeAlignmentColor(column.alignment.color) }}
        >
          <h3>
            <AlignmentSwatch color={column.alignment.color} />
            <span dir="auto">{column.alignment.label}</span>
          </h3>
          {column.claims.map((card) => {
            const partners = partnersOf(card.id, contradictions);
            return (
              <article
                key={card.id}
                id={firstColumn.get(card.id) === column.alignment.slug ? `claim-${card.id}` : undefined}
                className={partners.length ? 'card card-contested' : 'card'}
              >
                <p className="small" style={{ margin: 0 }}>
                  <span className="card-num">#{card.id}</span>{' '}
                  <CredibilityBadge level={card.credibility} />
                </p>
                <Link href={`/claims/${card.id}`}>
                  <UserText as="p" text={card.text} />
                </Link>
                <SourceLine label="Asserted by" sources={card.assertingSources} />
                <SourceLine label="Relayed by" sources={card.relayingSources} />
                {partners.length > 0 && (
                  <ul className="plain-list small">
                    {partners.map(({ pair, other }) => (
                      <li key={pair.id}>
                        <a href={firstColumn.has(other) ? `#claim-${other}` : `/claims/${other}`}>
                          ⟷ contradicts #{other}
                          {pair.disputes.length > 0 && ` (${pair.disputes.join(', ')})`}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </article>
            );
          })}
          {column.claims.length < column.total && (
            <p className="small">
              <Link href={`/events/${eventId}?all=1#column-${encodeURIComponent(column.alignment.slug)}`}>
                Show all {column.total} <span dir="auto">{column.alignment.label}</span> accounts
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

function SourceLine({ label, sources }: { label: string; sources: SourceRef[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="small">
      {label}:{' '}
      {sources.map((s, i) => (
        <span key={s.id}>
          <Link href={`/sources/${s.id}`}>
            <UserText text={s.name} />
          </Link>
          {i < sources.length - 1 ? ', ' : ''}
        </span>
      ))}
    </p>
  );
}
