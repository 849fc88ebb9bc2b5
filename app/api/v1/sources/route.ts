import { NextResponse } from 'next/server';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { SourceListQuerySchema } from '@/lib/sources/source-list-schema';
import { listSources } from '@/lib/sources/source-queries.server';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { CreateSourceSchema } from '@/lib/sources/source-schemas';
import { createSource } from '@/lib/sources/source-commands.server';

export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    const query = SourceListQuerySchema.parse(queryOf(request));
    return NextResponse.json(await listSources(viewer, query));
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** A new source (reviewer); its first alignment starts the alignment history. */
export const POST = withIdempotency(async (request: Request) => {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', CreateSourceSchema);
    return NextResponse.json(await createSource(viewer, input, ip), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
});
