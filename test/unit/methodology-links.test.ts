import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CombinedCode, CredibilityBadge, ReliabilityBadge } from '@/app/_components/scale-badges';
import { AlignmentBadge } from '@/app/_components/alignment-badge';
import { ContestedBadge } from '@/app/_components/contested-badge';
import { ProvenanceCounts } from '@/app/_components/provenance-counts';
import { ScalesSections } from '@/app/methodology/_components/scales-sections';
import { AlignmentSections } from '@/app/methodology/_components/alignment-sections';
import { ProvenanceSections } from '@/app/methodology/_components/provenance-sections';
import { ReviewSections } from '@/app/methodology/_components/review-sections';
import { RELIABILITY_LABELS, CREDIBILITY_LABELS } from '@/lib/ratings/admiralty';

const ALIGNMENT = { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' };

// What the methodology page renders, signed in (with the alignment list) or not.
const methodology = [
  renderToStaticMarkup(createElement(ScalesSections)),
  renderToStaticMarkup(createElement(AlignmentSections, { alignments: [{ ...ALIGNMENT, description: 'Speaks for the government.', sortOrder: 1, retiredAt: null, version: 1 }] })),
  renderToStaticMarkup(createElement(ProvenanceSections)),
  renderToStaticMarkup(createElement(ReviewSections)),
].join('\n');

/** The one <a> a badge renders: its href and its text as a screen reader reads it. */
function link(html: string) {
  const links = html.match(/<a\b[^>]*>/g) ?? [];
  expect(links, 'exactly one link, never a link inside a link').toHaveLength(1);
  const href = links[0]!.match(/href="([^"]*)"/)![1];
  const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  return { href, text };
}

const cases: [string, string, string, RegExp][] = [
  ['credibility', renderToStaticMarkup(createElement(CredibilityBadge, { level: 2 })), 'credibility', /^2 Probably true .*credibility scale explained/],
  ['reliability', renderToStaticMarkup(createElement(ReliabilityBadge, { grade: 'B' })), 'reliability', /^B Usually reliable .*reliability scale explained/],
  ['combined code', renderToStaticMarkup(createElement(CombinedCode, { grade: 'B', level: 2 })), 'combined-code', /^B2 .*Usually reliable.*Probably true.*combined code explained/],
  ['alignment', renderToStaticMarkup(createElement(AlignmentBadge, { alignment: ALIGNMENT })), 'alignments', /^Pro-government .*alignment explained/],
  ['contested', renderToStaticMarkup(createElement(ContestedBadge)), 'contested', /^Contested .*what contested means/],
  ['provenance counts', renderToStaticMarkup(createElement(ProvenanceCounts, { carrierCount: 3, originCount: 1, short: true })), 'origins-and-carriers', /^3 sources, 1 origin .*how origins and carriers are counted/],
];

describe('every badge links to the part of /methodology that explains it', () => {
  it.each(cases)('the %s badge', (_name, html, anchor, name) => {
    const { href, text } = link(html);
    expect(href).toBe(`/methodology#${anchor}`);
    expect(text).toMatch(name);
    expect(methodology, `the methodology page has id="${anchor}"`).toContain(`id="${anchor}"`);
  });

  it('the long provenance wording keeps the words the claim page has always shown', () => {
    const html = renderToStaticMarkup(createElement(ProvenanceCounts, { carrierCount: 3, originCount: 1 }));
    expect(link(html).text).toMatch(/^3 sources carry it, 1 independent origin /);
  });

  it('an alignment badge inside another link can opt out of being a link', () => {
    const html = renderToStaticMarkup(createElement(AlignmentBadge, { alignment: ALIGNMENT, explain: false }));
    expect(html).not.toContain('<a');
    expect(html).toContain('>Pro-government<');
  });
});

describe('the methodology page reads the scales from the one list', () => {
  it('names every reliability grade and credibility level with its label', () => {
    for (const [grade, label] of Object.entries(RELIABILITY_LABELS)) expect(methodology).toMatch(new RegExp(`>${grade}</dt><dd>${label}</dd>`));
    for (const [level, label] of Object.entries(CREDIBILITY_LABELS)) expect(methodology).toMatch(new RegExp(`>${level}</dt><dd>${label}</dd>`));
  });

  it('lists the live alignments with their descriptions, and every review status', () => {
    expect(methodology).toContain('Pro-government');
    expect(methodology).toContain('Speaks for the government.');
    for (const label of ['New', 'In review', 'Needs more evidence', 'Reviewed', 'Settled']) expect(methodology).toContain(`<dt>${label}</dt>`);
  });
});
