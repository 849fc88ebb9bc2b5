import Link from 'next/link';
import type { ClaimRelationView } from '@/lib/claims/claim-types';
import { compareHref } from '@/lib/claims/claim-format';
import { CredibilityBadge } from '@/app/_components/scale-badges';
import { UserText } from '@/app/_components/user-text';

/** Contradicting claims first and prominent, naming what is disputed; then support and duplicates. */
export function RelatedClaims({ claimId, relations }: { claimId: number; relations: ClaimRelationView[] }) {
  const contradicting = relations.filter((r) => r.type === 'contradicts');
  const others = relations.filter((r) => r.type !== 'contradicts');
  if (relations.length === 0) return <p className="muted">No related claims are recorded.</p>;
  return (
    <>
      {contradicting.length > 0 && (
        <section aria-labelledby="contradicting-heading" className="relation-contradicts">
          <h3 id="contradicting-heading">Contradicted by</h3>
          <ul className="item-list">
            {contradicting.map((r) => (
              <li key={r.id}>
                <Link href={`/claims/${r.other.id}`}>
                  <UserText text={r.other.text} />
                </Link>
                <p className="item-meta">
                  {/* Spaces between the pieces: read aloud or copied, they must not run together. */}
                  <span className="badge badge-contested">
                    Disputes: {r.disputes.length ? r.disputes.join(', ') : 'not stated'}
                  </span>{' '}
                  <CredibilityBadge level={r.other.credibility} />{' '}
                  <Link href={compareHref([claimId, r.other.id])}>Compare side by side</Link>
                </p>
                {r.note && <UserText as="p" className="small" text={r.note} />}
              </li>
            ))}
          </ul>
          {contradicting.length > 1 && (
            <p>
              <Link className="button button-secondary" href={compareHref([claimId, ...contradicting.map((r) => r.other.id)])}>
                Compare with all {contradicting.length} contradicting claims
              </Link>
            </p>
          )}
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="other-relations-heading">
          <h3 id="other-relations-heading">Other related claims</h3>
          <ul className="item-list">
            {others.map((r) => (
              <li key={r.id}>
                <span className="small muted">{relationWords(r)} </span>
                <Link href={`/claims/${r.other.id}`}>
                  <UserText text={r.other.text} />
                </Link>
                {r.note && <UserText as="p" className="small" text={r.note} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function relationWords(r: ClaimRelationView): string {
  if (r.type === 'same_as') return 'Duplicate of:';
  return r.direction === 'supports' ? 'Supports:' : 'Supported by:';
}
