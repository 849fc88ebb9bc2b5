import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CompareClaim, CompareField } from '@/lib/compare/compare-types';
import { formatDateWithPrecision, formatDay, formatFigure, formatPlace, isoDate } from '@/lib/claims/claim-format';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { AttributionMeta, ATTRIBUTION_ROLE_WORDS } from '@/app/_components/attribution-meta';
import { CombinedCode, CredibilityBadge, ReliabilityBadge } from '@/app/_components/scale-badges';
import { UserText } from '@/app/_components/user-text';

export const FIELD_LABELS: Record<CompareField, string> = {
  wording: 'Wording',
  original: 'Original text',
  credibility: 'Credibility',
  sources: 'Who asserts and relays it',
  quotes: 'Quotes in context, venue',
  date: 'Date',
  place: 'Place',
  parties: 'Who is said to be responsible',
  figures: 'Figures',
  origins: 'Independent origins',
};

const none = <span className="muted">—</span>;

/** One claim's value for one row of the side-by-side grid. */
export function FieldValue({ field, claim }: { field: CompareField; claim: CompareClaim }): ReactNode {
  switch (field) {
    case 'wording':
      return <UserText as="p" className="compare-wording" text={claim.text} lang={claim.language} />;
    case 'original':
      return claim.originalText ? (
        <UserText as="p" text={claim.originalText} lang={claim.originalLanguage} />
      ) : (
        none
      );
    case 'credibility':
      return (
        <>
          <CredibilityBadge level={claim.credibility} />
          {claim.credibilityReason && <UserText as="p" className="small" text={claim.credibilityReason} />}
        </>
      );
    case 'sources':
      return claim.attributions.length === 0 ? (
        none
      ) : (
        <ul className="plain-list compare-sources">
          {claim.attributions.map((a) => (
            <li key={a.id} style={{ marginInlineStart: `${Math.min(a.depth, 4) * 0.6}rem` }}>
              <Link href={`/sources/${a.source.id}`}>
                <UserText text={a.source.name} />
              </Link>{' '}
              <span className="small">{ATTRIBUTION_ROLE_WORDS[a.role]}</span> <AlignmentBadge alignment={a.source.alignment} />{' '}
              <ReliabilityBadge grade={a.source.reliability} />{' '}
              <CombinedCode grade={a.source.reliability} level={claim.credibility} code={a.combinedCode} />
            </li>
          ))}
        </ul>
      );
    case 'quotes': {
      const quoted = claim.attributions.filter((a) => a.quote || a.venue || a.statedAt);
      if (quoted.length === 0) return none;
      return (
        <ul className="plain-list">
          {quoted.map((a) => (
            <li key={a.id} className="compare-quote">
              <span className="small">
                <UserText text={a.source.name} />:
              </span>
              {a.quote && (
                <blockquote className="quote-context" dir="auto" lang={claim.originalLanguage ?? claim.language}>
                  {a.context ? (
                    <>
                      …{a.context.before}
                      <strong>{a.context.exact}</strong>
                      {a.context.after}…
                    </>
                  ) : (
                    <>
                      {a.quote.prefix ? <>…{a.quote.prefix}</> : null}
                      <strong>{a.quote.exact}</strong>
                      {a.quote.suffix ? <>{a.quote.suffix}…</> : null}
                    </>
                  )}
                </blockquote>
              )}
              <AttributionMeta attribution={a} />
            </li>
          ))}
        </ul>
      );
    }
    case 'date':
      return (
        <>
          {claim.occurredAt ? (
            <time dateTime={isoDate(claim.occurredAt)}>{formatDateWithPrecision(claim.occurredAt, claim.occurredPrecision)}</time>
          ) : (
            none
          )}
          {claim.firstAssertedAt && (
            <p className="small muted">
              First asserted <time dateTime={isoDate(claim.firstAssertedAt)}>{formatDay(claim.firstAssertedAt)}</time>
            </p>
          )}
        </>
      );
    case 'place':
      return claim.placeName ? <UserText text={formatPlace(claim.placeName, claim.placePrecision)} /> : none;
    case 'parties':
      return claim.parties.length === 0 ? (
        none
      ) : (
        <ul className="plain-list">
          {claim.parties.map((p) => (
            <li key={p.id}>
              <span className="small muted">{p.role}:</span> <UserText text={p.name} />
            </li>
          ))}
        </ul>
      );
    case 'figures':
      return claim.figures.length === 0 ? (
        none
      ) : (
        <ul className="plain-list">
          {claim.figures.map((f) => (
            <li key={f.id}>
              <UserText text={formatFigure(f)} />
            </li>
          ))}
        </ul>
      );
    case 'origins':
      return (
        <span>
          {claim.originCount} independent {claim.originCount === 1 ? 'origin' : 'origins'}, {claim.carrierCount}{' '}
          {claim.carrierCount === 1 ? 'source carries' : 'sources carry'} it
        </span>
      );
  }
}
