import { NextResponse } from 'next/server';
import { z } from 'zod';
import { toErrorResponse } from '@/lib/api/respond';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { RateSourceSchema } from '@/lib/ratings/rating-schemas';
import { rateSource } from '@/lib/ratings/rate-source.server';

const IdSchema = z.coerce.number().int().positive();

/** A new rating revision; the body quotes the rating `version` it was read at (409 when stale). */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', RateSourceSchema);
    const id = IdSchema.parse((await params).id);
    return NextResponse.json(await rateSource(viewer, id, input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
