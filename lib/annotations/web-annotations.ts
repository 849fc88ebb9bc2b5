// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for the quotes captured from a
// document: each attribution's quote is a TextQuoteSelector on the document's URL.
import type { AnnotationPage } from './annotation-answers';

export type QuoteForAnnotation = {
  attributionId: number;
  claim: { id: number; text: string };
  source: { id: number; name: string };
  role: string;
  quote: { exact: string; prefix: string | null; suffix: string | null };
  createdAt: Date;
};

export function toAnnotationPage(
  doc: { id: number; url: string; title: string },
  quotes: QuoteForAnnotation[],
  baseUrl: string,
): AnnotationPage {
  const abs = (path: string) => new URL(path, baseUrl).toString();
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: abs(`/api/v1/documents/${doc.id}/annotations`),
    type: 'AnnotationPage',
    partOf: { id: abs(`/documents/${doc.id}`), type: 'AnnotationCollection', label: doc.title, total: quotes.length },
    items: quotes.map((q) => ({
      id: abs(`/api/v1/documents/${doc.id}/annotations#attribution-${q.attributionId}`),
      type: 'Annotation',
      motivation: 'describing',
      created: q.createdAt.toISOString(),
      body: [
        { type: 'TextualBody', purpose: 'describing', value: q.claim.text, format: 'text/plain' },
        { type: 'SpecificResource', purpose: 'identifying', source: abs(`/claims/${q.claim.id}`) },
        { type: 'TextualBody', purpose: 'tagging', value: `${q.source.name} ${q.role}` },
      ],
      target: {
        source: doc.url,
        selector: {
          type: 'TextQuoteSelector',
          exact: q.quote.exact,
          ...(q.quote.prefix ? { prefix: q.quote.prefix } : {}),
          ...(q.quote.suffix ? { suffix: q.quote.suffix } : {}),
        },
      },
    })),
  };
}
