import Link from 'next/link';
import type { ClaimDetail } from '@/lib/claims/claim-types';
import { formatDateWithPrecision, formatFigure, formatPlace, isoDate } from '@/lib/claims/claim-format';
import { UserText } from '@/app/_components/user-text';

const partyWords = { perpetrator: 'Alleged perpetrator', target: 'Target', other: 'Named party' } as const;

/** What the claim states, apart from who states it: when, where, whom, how many. */
export function ClaimFacts({ claim }: { claim: ClaimDetail }) {
  return (
    <dl className="facts">
      {/* The level itself is the badge under the claim's text; here only why it was given. */}
      {claim.credibilityReason && (
        <>
          <dt>Why this credibility</dt>
          <dd>
            <UserText as="p" className="small" text={claim.credibilityReason} />
          </dd>
        </>
      )}
      <dt>Event</dt>
      <dd>
        {claim.event ? (
          <Link href={`/events/${claim.event.id}`}>
            <UserText text={claim.event.title} />
          </Link>
        ) : (
          <span className="muted">Not assigned to an event</span>
        )}
      </dd>
      <dt>When</dt>
      <dd>
        {claim.occurredAt ? (
          <time dateTime={isoDate(claim.occurredAt)}>
            {formatDateWithPrecision(claim.occurredAt, claim.occurredPrecision)}
          </time>
        ) : (
          <span className="muted">Not stated</span>
        )}
        {claim.occurredPrecision && <span className="small muted"> (precision: {claim.occurredPrecision})</span>}
      </dd>
      <dt>Where</dt>
      <dd>
        {claim.placeName ? <UserText text={formatPlace(claim.placeName, claim.placePrecision)} /> : <span className="muted">Not stated</span>}
        {claim.latitude != null && claim.longitude != null && (
          <span className="small muted">
            {' '}
            ({claim.latitude.toFixed(4)}, {claim.longitude.toFixed(4)})
          </span>
        )}
      </dd>
      {claim.parties.length > 0 && (
        <>
          <dt>Parties named</dt>
          <dd>
            <ul className="plain-list">
              {claim.parties.map((p) => (
                <li key={p.id}>
                  {partyWords[p.role]}:{' '}
                  {p.source ? (
                    <Link href={`/sources/${p.source.id}`}>
                      <UserText text={p.name} />
                    </Link>
                  ) : (
                    <UserText text={p.name} />
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {claim.figures.length > 0 && (
        <>
          <dt>Figures</dt>
          <dd>
            <ul className="plain-list">
              {claim.figures.map((f) => (
                <li key={f.id}>
                  {formatFigure(f)}
                  {f.wording && (
                    <span className="small muted">
                      {' '}
                      (“<UserText text={f.wording} />”)
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
