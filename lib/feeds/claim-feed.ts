import { Feed } from 'feed';
import { credibilityLabel } from '@/lib/ratings/admiralty';

export type FeedClaim = {
  id: number;
  text: string;
  credibility: number;
  createdAt: Date;
  updatedAt: Date;
  assertedBy: string[];
};

// XML 1.0 cannot carry most C0 controls even escaped; the feed library escapes the rest.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlSafe = (s: string) => s.replace(INVALID_XML, '');

// The library writes entry text as type="html" inside CDATA, so claim text (plain text, maybe
// hostile) is HTML-escaped first: a reader shows "<script>" as characters, and no "]]>" can
// end the CDATA section early.
const asHtml = (s: string) =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const titleOf = (text: string) => asHtml(text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** An Atom feed of new and changed claims: one entry per claim, dated by its last change. */
export function claimFeedXml(opts: { title: string; selfPath: string; pagePath: string; baseUrl: string; claims: FeedClaim[] }): string {
  const abs = (path: string) => new URL(path, opts.baseUrl).toString();
  const updated = opts.claims.reduce<Date>((max, c) => (c.updatedAt > max ? c.updatedAt : max), new Date(0));
  const feed = new Feed({
    id: abs(opts.pagePath),
    title: xmlSafe(opts.title),
    link: abs(opts.pagePath),
    updated: opts.claims.length ? updated : new Date(0),
    generator: 'Crosscheck',
    feedLinks: { atom: abs(opts.selfPath) },
    copyright: '',
  });
  for (const c of opts.claims) {
    const who = c.assertedBy.length ? ` Asserted by ${c.assertedBy.join(', ')}.` : '';
    feed.addItem({
      id: abs(`/claims/${c.id}`),
      title: titleOf(c.text),
      link: abs(`/claims/${c.id}`),
      date: c.updatedAt,
      published: c.createdAt,
      description: asHtml(`${credibilityLabel(c.credibility)} (${c.credibility}).${who}`),
      content: asHtml(c.text),
    });
  }
  return feed.atom1();
}

/** The feed of a page (an event's, a source's) as the answer to `${pagePath}/feed.xml`. */
export function claimFeedResponse(feed: { title: string; claims: FeedClaim[] }, pagePath: string, baseUrl: string): Response {
  const xml = claimFeedXml({ ...feed, selfPath: `${pagePath}/feed.xml`, pagePath, baseUrl });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
