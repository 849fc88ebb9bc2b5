import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { AnnotationPageSchema } from './annotation-answers';

// The Web Annotation contract, read by the route handler and the OpenAPI description.
export const annotationApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/documents/{id}/annotations', access: 'reader', params: IdParamSchema,
    tag: 'Interoperability', summary: "W3C Web Annotations for a document's quotes",
    description: 'An AnnotationPage; each quote is a TextQuoteSelector on the document URL.',
    ok: { description: 'Web Annotation JSON-LD.', contentType: 'application/ld+json', schema: AnnotationPageSchema }, errors: [404],
  }),
};
