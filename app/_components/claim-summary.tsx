import Link from 'next/link';
import type { ClaimListItem } from '@/lib/search/search-types';
import { formatDateWithPrecision, isoDate } from '@/lib/claims/claim-format';
import { AlignmentBadge } from './alignment-badge';
import { CredibilityBadge } from './scale-badges';
import { ContestedBadge } from './contested-badge';
import { ProvenanceCounts } from './provenance-counts';
import { SearchMatchText } from './search-match-text';
import { UserText } from './user-text';

/** One claim in a list: its text, who asserts it, credibility, and whether it is contested. */
export function ClaimSummary({ claim }: { claim: ClaimListItem }) {
  return (
    <article>
      <Link href={`/claims/${claim.id}`}>
        {claim.highlight ? (
          <SearchMatchText segments={claim.highlight} lang={claim.language} />
        ) : (
          <UserText text={claim.text} lang={claim.language} />
        )}
      </Link>
      <p className="item-meta">
        <CredibilityBadge level={claim.credibility} />
        {claim.isContested && <ContestedBadge />}
        {claim.assertingSources.map((s) => (
          <span key={s.id}>
            <UserText text={s.name} /> <AlignmentBadge alignment={s.alignment} />
          </span>
        ))}
        <ProvenanceCounts carrierCount={claim.carrierCount} originCount={claim.originCount} short />
        {claim.occurredAt && (
          <time dateTime={isoDate(claim.occurredAt)}>
            {formatDateWithPrecision(claim.occurredAt, claim.occurredPrecision)}
          </time>
        )}
        {claim.event && (
          <Link href={`/events/${claim.event.id}`}>
            <UserText text={claim.event.title} />
          </Link>
        )}
      </p>
    </article>
  );
}
