import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { notFound } from '@/lib/errors';
import { getDocumentQuotes } from '@/lib/annotations/annotation-queries.server';
import { toAnnotationPage } from '@/lib/annotations/web-annotations';
import { publicBaseUrl } from '@/lib/claimreview/reviewing-org';

/** The document's quotes as a W3C Web Annotation page (TextQuoteSelector on the document URL). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const found = await getDocumentQuotes(await getViewerFromRequest(request), await parseIdParam(params));
    if (!found) throw notFound('Document');
    const page = toAnnotationPage(found.doc, found.quotes, publicBaseUrl(request.url));
    return NextResponse.json(page, {
      headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
    });
  } catch (e) {
    return toErrorResponse(e);
  }
}
