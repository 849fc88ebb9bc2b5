// ClaimReview: the fields Google's ClaimReview structured-data guidelines require, served by the
// API for the founding example's judged claims, and parsed as JSON-LD with a local context.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET } from '@/app/api/v1/claims/[id]/claimreview/route';
import { serializeJsonLd, toClaimReview, type ClaimForReview } from '@/lib/claimreview/claimreview';
import '../helpers/auth-fixtures';

const SCHEMA_ORG_CONTEXT = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../fixtures/schema-org-context.json'), 'utf8'),
);

// No network: schema.org's context comes from the bundled file; anything else is refused.
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) {
    return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  }
  throw new Error(`No network in tests: ${url}`);
};

type Json = Record<string, any>;
const get = (id: number) =>
  GET(new Request(`http://crosscheck.test/api/v1/claims/${id}/claimreview`), { params: Promise.resolve({ id: String(id) }) });

function expectGoogleRequiredFields(review: Json) {
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(typeof review.claimReviewed).toBe('string');
  expect(review.claimReviewed.length).toBeGreaterThan(0);
  expect(review.url).toMatch(/^https?:\/\/.+\/claims\/\d+$/);
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(review.author['@type']).toBe('Organization');
  expect(review.author.name).toBeTruthy();
  const rating = review.reviewRating;
  expect(rating['@type']).toBe('Rating');
  expect(rating.worstRating).toBe(1);
  expect(rating.bestRating).toBe(5);
  expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
  expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
  expect(typeof rating.alternateName).toBe('string');
  expect(review.itemReviewed['@type']).toBe('Claim');
  const authors = [review.itemReviewed.author].flat();
  expect(authors.length).toBeGreaterThan(0);
  for (const a of authors) {
    expect(['Person', 'Organization']).toContain(a['@type']);
    expect(a.name).toBeTruthy();
  }
}

describe('GET /api/v1/claims/:id/claimreview', () => {
  it('serves every required field for each judged claim of the founding example', async () => {
    const judged = await db.claim.findMany({ where: { credibility: { lte: 5 }, deletedAt: null, attributions: { some: { role: 'asserts' } } }, select: { id: true, credibility: true } });
    expect(judged.length).toBeGreaterThan(0);
    for (const { id, credibility } of judged) {
      const res = await get(id);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/ld+json');
      const review = (await res.json()) as Json;
      expectGoogleRequiredFields(review);
      expect(review.reviewRating.ratingValue).toBe(6 - credibility);
    }
  });

  it('types an official as a Person and lists the documents as dated appearances', async () => {
    const claim = await db.claim.findFirst({
      where: { credibility: { lte: 5 }, attributions: { some: { role: 'asserts', source: { kind: 'official' } } } },
      select: { id: true },
    });
    expect(claim).not.toBeNull();
    const review = (await (await get(claim!.id)).json()) as Json;
    expect([review.itemReviewed.author].flat().some((a: Json) => a['@type'] === 'Person')).toBe(true);
    for (const work of review.itemReviewed.appearance ?? []) {
      expect(work['@type']).toBe('CreativeWork');
      expect(work.url).toMatch(/^https?:\/\//);
    }
  });

  it('is 404 for a claim without a verdict and for a missing claim', async () => {
    const unjudged = await db.claim.findFirst({ where: { credibility: 6 }, select: { id: true } });
    expect((await get(unjudged!.id)).status).toBe(404);
    expect((await get(99_999_999)).status).toBe(404);
  });

  it('parses as JSON-LD: expansion yields schema.org ClaimReview, Rating and Claim nodes', async () => {
    const judged = await db.claim.findFirst({ where: { credibility: { lte: 5 } }, select: { id: true } });
    const review = (await (await get(judged!.id)).json()) as Json;
    const expanded = (await jsonld.expand(review, { documentLoader: documentLoader as never })) as Json[];
    expect(expanded).toHaveLength(1);
    const node = expanded[0];
    expect(node['@type']).toEqual(['https://schema.org/ClaimReview']);
    expect(node['https://schema.org/claimReviewed'][0]['@value']).toBe(review.claimReviewed);
    expect(node['https://schema.org/reviewRating'][0]['@type']).toEqual(['https://schema.org/Rating']);
    expect(node['https://schema.org/itemReviewed'][0]['@type']).toEqual(['https://schema.org/Claim']);
    expect(node['https://schema.org/url'][0]['@id']).toBe(review.url);
  });
});

describe('toClaimReview and its inline script', () => {
  const base: ClaimForReview = {
    id: 7, text: 'Forces withdrew </script><script>alert(1)</script>', language: 'en', credibility: 5,
    createdAt: new Date('2020-07-01T00:00:00Z'), updatedAt: new Date('2020-07-03T10:00:00Z'),
    attributions: [{
      role: 'asserts', depth: 0,
      source: { id: 1, name: 'Local sources', kind: 'unnamed_group', reliability: 'F', alignment: { slug: 'unknown', label: 'Unknown', color: '#777777' } } as never,
      document: { id: 3, title: 'Report', url: 'https://example.org/r', publishedAt: new Date('2020-07-01T00:00:00Z') },
    }],
  };
  const org = { name: 'Desk', url: 'https://desk.example', publicUrl: 'https://cc.example' };

  it('maps improbable to the worst rating and keeps the verdict words', () => {
    const review = toClaimReview(base, org) as Json;
    expectGoogleRequiredFields(review);
    expect(review.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Improbable' });
    expect(review.url).toBe('https://cc.example/claims/7');
    expect(review.itemReviewed.author['@type']).toBe('Organization');
  });

  it('is null when truth cannot be judged', () => {
    expect(toClaimReview({ ...base, credibility: 6 }, org)).toBeNull();
  });

  it('cannot break out of the script element', () => {
    const out = serializeJsonLd(toClaimReview(base, org));
    expect(out).not.toContain('</script');
    expect(out).not.toContain('<');
    expect(JSON.parse(out).claimReviewed).toBe(base.text);
  });
});
