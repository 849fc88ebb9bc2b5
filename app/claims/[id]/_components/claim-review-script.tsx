import { headers } from 'next/headers';
import { serializeJsonLd, toClaimReview, type ClaimForReview } from '@/lib/claimreview/claimreview';
import { reviewingOrg } from '@/lib/claimreview/reviewing-org';

/**
 * The claim's ClaimReview for search engines. JSON-LD must be raw script text, so this is the
 * one place that sets inner HTML: serializeJsonLd escapes `<`, so claim text cannot end the
 * element, and the CSP nonce from proxy.ts marks it as ours.
 */
export async function ClaimReviewScript({ claim }: { claim: ClaimForReview }) {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host');
  const proto = h.get('x-forwarded-proto') ?? 'http';
  const review = toClaimReview(claim, reviewingOrg(host ? `${proto}://${host}/` : undefined));
  if (!review) return null;
  return (
    <script
      type="application/ld+json"
      nonce={h.get('x-nonce') ?? undefined}
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(review) }}
    />
  );
}
