// Web Annotation JSON-LD for a document's quotes, and Atom feeds per event and per source,
// including hostile text that must come out escaped.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import '../helpers/auth-fixtures';
import { GET as annotations } from '@/app/api/v1/documents/[id]/annotations/route';
import { GET as eventFeed } from '@/app/events/[id]/feed.xml/route';
import { GET as sourceFeed } from '@/app/sources/[id]/feed.xml/route';
import { claimFeedXml } from '@/lib/feeds/claim-feed';

const call = (handler: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>, url: string, id: number) =>
  handler(new Request(`http://crosscheck.test${url}`), { params: Promise.resolve({ id: String(id) }) });

describe('GET /api/v1/documents/:id/annotations', () => {
  it('gives each quote as a TextQuoteSelector on the document URL', async () => {
    const doc = await db.document.findFirstOrThrow({ where: { attributions: { some: { quoteExact: { not: null } } } }, select: { id: true, url: true } });
    const res = await call(annotations, `/api/v1/documents/${doc.id}/annotations`, doc.id);
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(page.type).toBe('AnnotationPage');
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item.type).toBe('Annotation');
      expect(item.target.source).toBe(doc.url);
      expect(item.target.selector.type).toBe('TextQuoteSelector');
      expect(item.target.selector.exact.length).toBeGreaterThan(0);
    }
  });

  it('is 404 for an unknown document', async () => {
    expect((await call(annotations, '/api/v1/documents/99999999/annotations', 99_999_999)).status).toBe(404);
  });
});

describe('Atom feeds', () => {
  it('serves an event feed and a source feed', async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { eventId: { not: null }, deletedAt: null, attributions: { some: {} } }, select: { eventId: true, attributions: { select: { sourceId: true }, take: 1 } } });
    for (const res of [await call(eventFeed, `/events/${claim.eventId}/feed.xml`, claim.eventId!), await call(sourceFeed, '/sources/x/feed.xml', claim.attributions[0].sourceId)]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/atom+xml');
      const xml = await res.text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      expect(xml).toContain('<entry>');
    }
    expect((await call(eventFeed, '/events/99999999/feed.xml', 99_999_999)).status).toBe(404);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const xml = claimFeedXml({
      title: 'Event <b>&</b>', selfPath: '/events/1/feed.xml', pagePath: '/events/1', baseUrl: 'https://cc.example',
      claims: [{ id: 1, text: '</title><script>alert(1)</script> & "q" ]]> \u0001', credibility: 2, createdAt: new Date(0), updatedAt: new Date(1000), assertedBy: ['A & B'] }],
    });
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('</title><script');
    // Exactly the library's own CDATA ends: the text cannot close one early.
    expect(xml.split(']]>').length - 1).toBe(xml.split('<![CDATA[').length - 1);
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('https://cc.example/claims/1');
  });
});
