import { describe, expect, it } from 'vitest';
import { buildProvenanceChains } from '@/lib/claims/provenance';
import {
  DEMO_ACCOUNTS,
  DEMO_ALIGNMENTS,
  DEMO_CLAIMS,
  DEMO_DOCUMENTS,
  DEMO_EVENTS,
  DEMO_PASSWORD,
  DEMO_RELATIONS,
  DEMO_SOURCES,
  demoDocumentText,
  textQuote,
} from '@/lib/seed/demo-data';

const attributions = DEMO_CLAIMS.flatMap((claim) => claim.attributions.map((a) => ({ claim, a })));
const sourceKeys = new Set(DEMO_SOURCES.map((s) => s.key));

describe('founding example: quotes', () => {
  it.each(attributions.filter(({ a }) => a.quote).map(({ a }) => [a.key, a] as const))('%s quotes its document exactly', (_key, a) => {
    const text = demoDocumentText(a.documentKey!);
    expect(text, `document ${a.documentKey}`).toBeDefined();
    expect(text).toContain(a.quote!);
    // Unique in the text, so the position hint and the selector name the same words.
    expect(text!.indexOf(a.quote!)).toBe(text!.lastIndexOf(a.quote!));
    const selector = textQuote(text!, a.quote!);
    expect(text!.slice(selector.quoteStart, selector.quoteStart + a.quote!.length)).toBe(a.quote);
    expect(text!.slice(0, selector.quoteStart).endsWith(selector.quotePrefix)).toBe(true);
    expect(text!.slice(selector.quoteStart + a.quote!.length).startsWith(selector.quoteSuffix)).toBe(true);
    expect(selector.quotePrefix.length).toBeLessThanOrEqual(32);
  });

  it('gives every outlet hop a document and quote, and no quote without a document', () => {
    for (const { a } of attributions) {
      if (a.quote) expect(a.documentKey, a.key).toBeDefined();
      if (a.documentKey) expect(a.quote, a.key).toBeDefined();
      if (a.sourceKey === 'south-front' || a.sourceKey === 'global-research') expect(a.documentKey, a.key).toBeDefined();
    }
  });

  it('keeps the article body but not the donation and disclaimer boilerplate', () => {
    const text = demoDocumentText('southfront-2020-07-01')!;
    expect(text.startsWith('Late on June 30, fighting resumed near the villages of Kansafrah')).toBe(true);
    expect(text).toContain('were forced to retreat after several hours of clashes');
    expect(text).not.toMatch(/PayPal|Disclaimer|fair use/);
    expect(DEMO_DOCUMENTS.every((d) => d.text === text)).toBe(true);
  });
});

describe('founding example: references', () => {
  it('has the five alignments, each with a label and a hex colour', () => {
    expect(DEMO_ALIGNMENTS.map((a) => a.slug)).toEqual(['pro-government', 'pro-militant', 'un', 'independent', 'unknown']);
    for (const a of DEMO_ALIGNMENTS) {
      expect(a.label.length).toBeGreaterThan(0);
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/i);
    }
    expect(new Set(DEMO_ALIGNMENTS.map((a) => a.color.toLowerCase())).size).toBe(DEMO_ALIGNMENTS.length);
  });

  it('rates every source with a rationale, on a known alignment, represented sources first', () => {
    const slugs = new Set(DEMO_ALIGNMENTS.map((a) => a.slug));
    expect(sourceKeys.size).toBe(DEMO_SOURCES.length);
    DEMO_SOURCES.forEach((s, index) => {
      expect(slugs.has(s.alignmentSlug), s.key).toBe(true);
      expect(s.rating.rationale.trim().length, s.key).toBeGreaterThan(40);
      if (s.representsKey) expect(DEMO_SOURCES.findIndex((r) => r.key === s.representsKey)).toBeLessThan(index);
    });
    const nebenzya = DEMO_SOURCES.find((s) => s.key === 'vasily-nebenzya')!;
    expect(nebenzya).toMatchObject({ kind: 'official', alignmentSlug: 'pro-government', representsKey: 'russian-federation' });
    expect(nebenzya.aliases).toEqual(expect.arrayContaining(['Василий Небензя', 'Vassily Nebenzia']));
  });

  it('links claims to known events, sources and earlier attributions of the same claim', () => {
    const eventKeys = new Set(DEMO_EVENTS.map((e) => e.key));
    const claimKeys = new Set(DEMO_CLAIMS.map((c) => c.key));
    expect(claimKeys.size).toBe(DEMO_CLAIMS.length);
    expect(DEMO_CLAIMS.length).toBeGreaterThanOrEqual(10);
    for (const claim of DEMO_CLAIMS) {
      expect(eventKeys.has(claim.eventKey), claim.key).toBe(true);
      expect(claim.credibility).toBeGreaterThanOrEqual(1);
      expect(claim.credibility).toBeLessThanOrEqual(6);
      const seen = new Set<string>();
      for (const a of claim.attributions) {
        expect(sourceKeys.has(a.sourceKey), a.key).toBe(true);
        if (a.relaysKey) expect(seen.has(a.relaysKey), a.key).toBe(true);
        expect(a.relaysKey === undefined || a.role === 'relays').toBe(true);
        seen.add(a.key);
      }
      for (const p of claim.parties) if (p.sourceKey) expect(sourceKeys.has(p.sourceKey), p.name).toBe(true);
    }
    for (const r of DEMO_RELATIONS) {
      const keys = r.type === 'supports' ? [r.subjectKey, r.objectKey] : r.claimKeys;
      for (const key of keys) expect(claimKeys.has(key), r.key).toBe(true);
      expect(keys[0]).not.toBe(keys[1]);
    }
    expect(DEMO_RELATIONS.filter((r) => r.type === 'contradicts').length).toBeGreaterThanOrEqual(2);
  });

  it('records the retreat claim as pro-militant sources → South Front → Global Research', () => {
    const retreat = DEMO_CLAIMS.find((c) => c.key === 'retreat')!;
    const chains = buildProvenanceChains(
      retreat.attributions.map((a) => ({ ...a, id: a.key, relaysId: a.relaysKey ?? null })),
    );
    expect(chains.map((c) => c.map((a) => a.sourceKey))).toEqual([['pro-militant-sources', 'south-front', 'global-research']]);
  });

  it('exports one demo account per role', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.role).sort()).toEqual(['admin', 'editor', 'reviewer']);
    expect(DEMO_ACCOUNTS.every((a) => a.email.endsWith('@crosscheck.test'))).toBe(true);
    expect(DEMO_PASSWORD).toBe('crosscheck-demo');
  });
});
