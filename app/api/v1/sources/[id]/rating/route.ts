import { NextResponse } from 'next/server';
import { parseIdParam } from '@/lib/api/id-param';
import { toErrorResponse } from '@/lib/api/respond';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { RateSourceSchema } from '@/lib/ratings/rating-schemas';
import { rateSource } from '@/lib/ratings/rate-source.server';

/** A new rating revision; the body quotes the rating `version` it was read at (409 when stale). */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', RateSourceSchema);
    const id = await parseIdParam(params);
    return NextResponse.json(await rateSource(viewer, id, input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
