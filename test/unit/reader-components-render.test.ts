import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QuotedDocumentText } from '@/app/documents/[id]/_components/quoted-document-text';
import { ProvenanceChain } from '@/app/_components/provenance-chain';
import { UserText } from '@/app/_components/user-text';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import type { ClaimAttribution } from '@/lib/claims/claim-types';

// SPEC scenario 6: hostile text is shown as text, never run. These render the real components.
const HOSTILE = '<script>alert(1)</script>';

describe('reader components render user text as text', () => {
  it('escapes markup in UserText and marks it dir="auto"', () => {
    const html = renderToStaticMarkup(createElement(UserText, { text: HOSTILE, lang: 'ar', as: 'p' }));
    expect(html).toBe('<p dir="auto" lang="ar">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('builds <mark> links from offsets without interpreting the document text', () => {
    const text = `Intro ${HOSTILE} were forced to retreat.`;
    const start = text.indexOf('were forced');
    const html = renderToStaticMarkup(
      createElement(QuotedDocumentText, {
        text,
        lang: 'en',
        highlights: [
          { attributionId: 1, claimId: 42, claimText: HOSTILE, start, end: start + 'were forced to retreat'.length, sourceName: 'S', role: 'asserts' },
        ],
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<mark data-claim-id="42"><a [^>]*href="\/claims\/42"[^>]*>were forced to retreat<\/a><\/mark>/);
  });

  it('never lets a stored alignment colour inject CSS', () => {
    const html = renderToStaticMarkup(
      createElement(AlignmentBadge, { alignment: { slug: 'x', label: HOSTILE, color: 'red;background:url(//evil)' } }),
    );
    expect(html).not.toContain('evil');
    expect(html).not.toContain('<script>');
    expect(html).toContain('style="background:#8a8a8a"');
    expect(html).toContain('&lt;script&gt;');
  });

  it('draws the provenance chain in order with hostile names escaped', () => {
    const source = (id: number, name: string) => ({
      id,
      name,
      kind: 'outlet' as const,
      reliability: 'D' as const,
      alignment: { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' },
    });
    const hop = (id: number, role: 'asserts' | 'relays', relaysId: number | null, name: string, depth: number): ClaimAttribution => ({
      id,
      role,
      source: source(id, name),
      document: null,
      quote: null,
      anchorStatus: 'anchored',
      venue: null,
      statedAt: null,
      relaysId,
      combinedCode: 'D6',
      depth,
    });
    const html = renderToStaticMarkup(
      createElement(ProvenanceChain, {
        credibility: 6,
        attributions: [hop(1, 'asserts', null, 'pro-militant sources', 0), hop(2, 'relays', 1, HOSTILE, 1), hop(3, 'relays', 2, 'Global Research', 2)],
      }),
    );
    expect(html).toContain('aria-label="Provenance chain: pro-militant sources → &lt;script&gt;alert(1)&lt;/script&gt; → Global Research"');
    expect(html).not.toContain('<script>');
    expect(html.match(/<li class="chain-node">/g)).toHaveLength(3);
  });
});
