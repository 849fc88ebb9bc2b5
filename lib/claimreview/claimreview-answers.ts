import { z } from 'zod';

// The ClaimReview answer of /api/v1 (application/ld+json): the schema.org fields this app emits,
// as Google's ClaimReview markup reads them. Browser-safe: no server imports. The example is the
// founding example's Nebenzya claim about deconflicted sites.

const url = z.string().meta({ description: 'An absolute URL.' });

export const ClaimReviewSpeakerSchema = z
  .strictObject({
    '@type': z.enum(['Person', 'Organization']).meta({ description: 'Officials speak as persons; outlets, governments and groups as organisations.' }),
    name: z.string(),
    url: url.meta({ description: 'The source’s page here.' }),
  })
  .meta({ id: 'ClaimReviewSpeaker', description: 'A source asserting the claim, as schema.org names it.' });

export const ClaimReviewAppearanceSchema = z
  .strictObject({
    '@type': z.literal('CreativeWork'),
    url,
    headline: z.string(),
    datePublished: z.iso.datetime().optional(),
  })
  .meta({ id: 'ClaimReviewAppearance', description: 'A document in which the claim appears.' });

export const ClaimReviewSchema = z
  .strictObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    url: url.meta({ description: 'The claim’s page here.' }),
    claimReviewed: z.string().meta({ description: 'The claim’s wording.' }),
    inLanguage: z.string(),
    datePublished: z.iso.date().meta({ description: 'The day the claim was last changed here.' }),
    author: z.strictObject({ '@type': z.literal('Organization'), name: z.string(), url: url.optional() })
      .meta({ description: 'The organisation running this deployment (CROSSCHECK_ORG_NAME, CROSSCHECK_ORG_URL).' }),
    reviewRating: z.strictObject({
      '@type': z.literal('Rating'),
      ratingValue: z.number().int().min(1).max(5).meta({ description: '6 − credibility: 5 confirmed … 1 improbable.' }),
      worstRating: z.literal(1),
      bestRating: z.literal(5),
      alternateName: z.string().meta({ description: 'The credibility in words (“Doubtful”).' }),
    }),
    itemReviewed: z.strictObject({
      '@type': z.literal('Claim'),
      author: z.union([ClaimReviewSpeakerSchema, z.array(ClaimReviewSpeakerSchema)]).optional()
        .meta({ description: 'The asserting sources: one object for one, an array for several, absent for none.' }),
      appearance: z.array(ClaimReviewAppearanceSchema).optional().meta({ description: 'Absent when no attribution names a document.' }),
      datePublished: z.iso.date().optional().meta({ description: 'The first publication date of a document carrying it.' }),
    }),
  })
  .meta({
    id: 'ClaimReview',
    description: 'schema.org ClaimReview JSON-LD for a claim with a verdict (credibility 1–5).',
    examples: [{
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://crosscheck.example/claims/11',
      claimReviewed: 'Some facilities listed with the UN humanitarian deconfliction mechanism in Syria were used as headquarters of terrorists and should not have had humanitarian status.',
      inLanguage: 'en',
      datePublished: '2026-07-01',
      author: { '@type': 'Organization', name: 'Crosscheck' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, worstRating: 1, bestRating: 5, alternateName: 'Doubtful' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Vasily Nebenzya', url: 'https://crosscheck.example/sources/2' },
        datePublished: '2020-07-01',
      },
    }],
  });

export type ClaimReviewAnswer = z.output<typeof ClaimReviewSchema>;
export type ClaimReviewSpeaker = z.output<typeof ClaimReviewSpeakerSchema>;
export type ClaimReviewAppearance = z.output<typeof ClaimReviewAppearanceSchema>;
