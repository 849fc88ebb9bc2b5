import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClaimTimeline } from '@/app/events/[id]/_components/claim-timeline';
import { RelationConnectors } from '@/app/events/[id]/_components/relation-connectors';
import { ChainFields, type Hop } from '@/app/claims/new/_components/chain-fields';
import { CharacterCount } from '@/app/_forms/character-count';
import { ErrorSummary } from '@/app/_forms/error-summary';
import { FormKit } from '@/app/_forms/form-kit';

// What a reader (or a screen reader) gets as text: tags gone, block ends kept as spaces.
const textOf = (html: string) => html.replace(/<title>.*?<\/title>/g, '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");

const DAY = 86_400_000;
const july1 = Date.UTC(2020, 6, 1, 10);
const lane = { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' };

describe('timeline caption', () => {
  it('matches the axis when every claim falls on one day', () => {
    const html = renderToStaticMarkup(createElement(ClaimTimeline, { data: { lanes: [lane], points: [[1, 0, july1, 0], [2, 0, july1 + 3_600_000, 1]], undated: 0 } }));
    const caption = textOf(html.slice(html.indexOf('<figcaption')));
    expect(caption).not.toContain('1 July 2020 to 1 July 2020');
    expect(caption).toContain('all on 1 July 2020 (axis 30 June 2020 to 2 July 2020)');
    expect(textOf(html)).toContain('30 June 2020');
  });

  it('names the first and last day when they span the axis', () => {
    const html = renderToStaticMarkup(createElement(ClaimTimeline, { data: { lanes: [lane], points: [[1, 0, july1, 0], [2, 0, july1 + 3 * DAY, 0]], undated: 0 } }));
    expect(textOf(html)).toContain('alignment, 1 July 2020 to 4 July 2020;');
  });
});

describe('relation link texts', () => {
  it('never run into the next link', () => {
    const column = (id: number) => ({ alignment: lane, claims: [{ id, text: `Claim ${id}` }] });
    const html = renderToStaticMarkup(
      createElement(RelationConnectors, {
        columns: [column(19), column(16)] as never,
        pairs: [{ id: 1, claimAId: 19, claimBId: 16, disputes: [], note: null, subjectClaimId: 19 }],
        verb: 'supports',
      }),
    );
    expect(textOf(html)).toMatch(/#19 supports #16\s+Compare side by side/);
  });
});

describe('capture chain labels', () => {
  it('each relay hop’s labels carry the hop’s own name', () => {
    const hop = (key: number): Hop => ({ key, source: null, statedAt: '', venue: '' });
    const html = renderToStaticMarkup(
      createElement(ChainFields, { hops: [hop(1), hop(2), hop(3)], setHops: () => {}, quoteHop: 0, setQuoteHop: () => {}, hasQuote: false, alignments: [], newKey: () => 9 }),
    );
    const items = html.split('<li class="hop">').slice(1).map(textOf);
    expect(items[1]).toContain('Relay hop 1');
    expect(items[1]).toContain('Relay hop 1: said on');
    expect(items[1]).not.toMatch(/Hop 2/);
    expect(items[2]).toContain('Relay hop 2: venue');
    expect(items[0]).toContain('Origin: said on');
  });
});

describe('character counter', () => {
  it('shows the limit, how much is used near it, and how far over', () => {
    expect(textOf(renderToStaticMarkup(createElement(CharacterCount, { value: 'abc', max: 5000 })))).toBe('Up to 5,000 characters.');
    expect(textOf(renderToStaticMarkup(createElement(CharacterCount, { value: 'a'.repeat(4500), max: 5000 })))).toBe('4,500 of 5,000 characters.');
    expect(textOf(renderToStaticMarkup(createElement(CharacterCount, { value: 'a'.repeat(5120), max: 5000 })))).toBe('5,120 characters: 120 over the limit of 5,000.');
  });
});

describe('error summary component', () => {
  it('names an unregistered path in words, once', () => {
    const html = renderToStaticMarkup(
      createElement(FormKit, { errors: { 'attributions.0.sourceId': ['Choose a source.', 'Choose a source.'] }, children: createElement(ErrorSummary, {}) }),
    );
    expect(textOf(html)).toContain('Attribution 1: source: Choose a source.');
    expect(textOf(html).match(/Choose a source/g)).toHaveLength(1);
    expect(html).not.toContain('attributions.0');
  });
});
