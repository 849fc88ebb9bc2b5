import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { getOpenApiDocument } from '@/lib/openapi/openapi-document';

/** The API's own description: public even on private deployments (it holds no data). */
export async function GET() {
  try {
    return NextResponse.json(getOpenApiDocument());
  } catch (e) {
    return toErrorResponse(e);
  }
}
