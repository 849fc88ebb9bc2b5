import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getCurrentViewer } from '@/lib/auth/current-viewer';
import { getClaim } from '@/lib/claims/claim-queries.server';
import { compareHref, formatTimestamp } from '@/lib/claims/claim-format';
import { parseRouteId } from '@/lib/pages/route-params';
import { readOneForPage } from '@/lib/pages/read-for-page.server';
import { ProvenanceChain } from '@/app/_components/provenance-chain';
import { CredibilityBadge } from '@/app/_components/scale-badges';
import { ContestedBadge } from '@/app/_components/contested-badge';
import { ProvenanceCounts } from '@/app/_components/provenance-counts';
import { UserText } from '@/app/_components/user-text';
import { AttributionList } from './_components/attribution-list';
import { ClaimFacts } from './_components/claim-facts';
import { RelatedClaims } from './_components/related-claims';
import { RelationsPanel } from './_components/relations-panel';
import { ClaimReviewScript } from './_components/claim-review-script';
import { hasRole } from '@/lib/auth/viewer';
import { getClaimHistory } from '@/lib/claims/claim-history.server';
import { ClaimEditorActions } from './_components/claim-editor-actions';
import { ClaimHistoryList } from './_components/claim-history-list';
import { CommentDiscussion } from '@/app/_components/comment-discussion';
import { ReviewStatusBadge } from '@/app/_components/review-status-badge';
import { ClaimReviewPanel } from './_components/review-panel';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const loadClaim = cache(async (rawId: string) => {
  const id = parseRouteId(rawId);
  if (id === null) notFound();
  const viewer = await getCurrentViewer();
  return readOneForPage(() => getClaim(viewer, id), `/claims/${id}`);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  return { title: claim.text.length > 70 ? `${claim.text.slice(0, 69)}…` : claim.text };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await loadClaim((await params).id);
  if (claim.mergedIntoId !== null) redirect(`/claims/${claim.mergedIntoId}`);

  const chained = claim.attributions.filter((a) => a.role !== 'denies');
  const denials = claim.attributions.filter((a) => a.role === 'denies');
  const contradictingIds = claim.relations.filter((r) => r.type === 'contradicts').map((r) => r.other.id);
  const viewer = await getCurrentViewer();
  const history = await getClaimHistory(viewer, claim.id);

  return (
    <article>
      {!claim.deletedAt && <ClaimReviewScript claim={claim} />}
      <p className="kicker">Claim #{claim.id}</p>
      {claim.deletedAt && (
        <p className="empty" role="status">
          This claim was deleted on {formatTimestamp(claim.deletedAt)}. Only editors can see it.
        </p>
      )}
      <UserText as="h1" className="claim-text" text={claim.text} lang={claim.language} />
      <p className="item-meta">
        <CredibilityBadge level={claim.credibility} />
        {claim.isContested && <ContestedBadge />}
        {viewer && <ReviewStatusBadge status={claim.reviewStatus} />}
        <ProvenanceCounts carrierCount={claim.carrierCount} originCount={claim.originCount} />
        {contradictingIds.length > 0 && (
          <Link href={compareHref([claim.id, ...contradictingIds])}>Compare with contradicting claims</Link>
        )}
      </p>
      {claim.originalText && (
        <figure className="original">
          <figcaption className="small muted">Original text{claim.originalLanguage ? ` (${claim.originalLanguage})` : ''}</figcaption>
          <UserText as="p" text={claim.originalText} lang={claim.originalLanguage} />
        </figure>
      )}

      <ClaimFacts claim={claim} />

      <section aria-labelledby="chain-heading">
        <h2 id="chain-heading">Provenance chain</h2>
        <p className="small muted">Who first said it, then every outlet that repeated it. Repetition is not corroboration.</p>
        <ProvenanceChain attributions={chained} credibility={claim.credibility} />
      </section>

      <section aria-labelledby="attributions-heading">
        <h2 id="attributions-heading">Attributions and quotes</h2>
        {chained.length ? (
          <AttributionList attributions={chained} credibility={claim.credibility} lang={claim.originalLanguage ?? claim.language} />
        ) : (
          <p className="muted">No attributions recorded.</p>
        )}
      </section>

      {denials.length > 0 && (
        <section aria-labelledby="denials-heading" className="denials">
          <h2 id="denials-heading">Denied by</h2>
          <AttributionList attributions={denials} credibility={claim.credibility} lang={claim.originalLanguage ?? claim.language} />
        </section>
      )}

      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Related claims</h2>
        <RelatedClaims claimId={claim.id} relations={claim.relations} />
      </section>
      <RelationsPanel claim={claim} />

      {hasRole(viewer, 'reviewer') && !claim.deletedAt && (
        <p><Link className="button button-secondary" href={`/claims/${claim.id}/edit`}>Edit claim</Link></p>
      )}
      {hasRole(viewer, 'editor') && (
        <ClaimEditorActions claimId={claim.id} version={claim.version} credibility={claim.credibility} deleted={Boolean(claim.deletedAt)} />
      )}

      <ClaimReviewPanel viewer={viewer} claim={claim} />
      <CommentDiscussion viewer={viewer} target={{ kind: 'claim', id: claim.id }} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ClaimHistoryList entries={history} />
      </section>

      <p className="small muted">
        Recorded {formatTimestamp(claim.createdAt)} · last changed {formatTimestamp(claim.updatedAt)} ·{' '}
        <a href={`/api/v1/claims/${claim.id}/claimreview`}>ClaimReview JSON-LD</a>
      </p>
    </article>
  );
}
