import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { annotationApi } from '@/lib/annotations/annotation-api';
import { getDocumentQuotes } from '@/lib/annotations/annotation-queries.server';
import { toAnnotationPage } from '@/lib/annotations/web-annotations';
import { publicBaseUrl } from '@/lib/claimreview/reviewing-org';

/** The document's quotes as a W3C Web Annotation page (TextQuoteSelector on the document URL). */
export const GET = defineRoute(annotationApi.list, async ({ request, viewer, params }) => {
  const found = await getDocumentQuotes(viewer, params.id);
  if (!found) throw notFound('Document');
  const page = toAnnotationPage(found.doc, found.quotes, publicBaseUrl(request.url));
  return NextResponse.json(page, {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
});
