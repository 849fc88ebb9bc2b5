import type { ClaimReviewAnswer, ClaimReviewAppearance, ClaimReviewSpeaker } from './claimreview-answers';
import { credibilityLabel, isCredibilityLevel } from '@/lib/ratings/admiralty';
import type { ClaimDetail } from '@/lib/claims/claim-types';

/** Who publishes the fact-checks: the organisation running this deployment (environment). */
export type ReviewingOrg = { name: string; url?: string; publicUrl: string };

export type ClaimForReview = Pick<ClaimDetail, 'id' | 'text' | 'language' | 'credibility' | 'createdAt' | 'updatedAt'> & {
  attributions: Pick<ClaimDetail['attributions'][number], 'role' | 'source' | 'document' | 'depth'>[];
};

// The Admiralty information scale runs 1 (confirmed) to 5 (improbable); 6 means no verdict.
// ClaimReview wants "higher is better" on a stated scale, so 1..5 maps to 5..1.
export const RATING_SCALE = { worstRating: 1, bestRating: 5 } as const;

export function hasVerdict(credibility: number): boolean {
  return isCredibilityLevel(credibility) && credibility <= 5;
}

export function ratingValueOf(credibility: number): number {
  return 6 - credibility;
}

const absolute = (base: string, path: string) => new URL(path, base.endsWith('/') ? base : `${base}/`).toString();

// Officials and spokespeople speak as persons; outlets, governments, groups and unnamed
// groups ("pro-militant sources") are organisations for schema.org's purposes.
function speakerOf(source: ClaimForReview['attributions'][number]['source'], org: ReviewingOrg): ClaimReviewSpeaker {
  const url = absolute(org.publicUrl, `/sources/${source.id}`);
  return source.kind === 'official'
    ? { '@type': 'Person', name: source.name, url }
    : { '@type': 'Organization', name: source.name, url };
}

function appearancesOf(claim: ClaimForReview): ClaimReviewAppearance[] {
  const seen = new Map<number, ClaimReviewAppearance>();
  for (const a of claim.attributions) {
    const d = a.document;
    if (!d || seen.has(d.id)) continue;
    seen.set(d.id, {
      '@type': 'CreativeWork',
      url: d.url,
      headline: d.title,
      ...(d.publishedAt ? { datePublished: d.publishedAt.toISOString() } : {}),
    });
  }
  return [...seen.values()];
}

/**
 * schema.org ClaimReview for a claim with a verdict (credibility 1–5); null otherwise, since a
 * "truth cannot be judged" claim has not been reviewed. Follows Google's ClaimReview fields.
 */
export function toClaimReview(claim: ClaimForReview, org: ReviewingOrg): ClaimReviewAnswer | null {
  if (!hasVerdict(claim.credibility)) return null;
  const roots = claim.attributions.filter((a) => a.role === 'asserts');
  const speakers = [...new Map(roots.map((a) => [a.source.id, speakerOf(a.source, org)])).values()];
  const appearance = appearancesOf(claim);
  const firstSeen = claim.attributions.find((a) => a.document?.publishedAt)?.document?.publishedAt;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absolute(org.publicUrl, `/claims/${claim.id}`),
    claimReviewed: claim.text,
    inLanguage: claim.language,
    datePublished: claim.updatedAt.toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: org.name, ...(org.url ? { url: org.url } : {}) },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: ratingValueOf(claim.credibility),
      ...RATING_SCALE,
      alternateName: credibilityLabel(claim.credibility),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(speakers.length === 1 ? { author: speakers[0] } : speakers.length > 1 ? { author: speakers } : {}),
      ...(appearance.length ? { appearance } : {}),
      ...(firstSeen ? { datePublished: firstSeen.toISOString().slice(0, 10) } : {}),
    },
  };
}

/**
 * JSON for an inline <script type="application/ld+json">: `<` becomes \u003c so claim text such
 * as "</script>" cannot close the element; U+2028/2029 are escaped for old JS parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
