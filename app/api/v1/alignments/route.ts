import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { CreateAlignmentSchema } from '@/lib/alignments/alignment-schemas';
import { createAlignment } from '@/lib/alignments/alignment-commands.server';

/** The whole vocabulary is small, so it comes back as one page. */
export async function GET(request: Request) {
  try {
    const viewer = await getViewerFromRequest(request);
    return NextResponse.json({ items: await listAlignments(viewer), nextCursor: null });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Adds an alignment to the vocabulary (admin). */
export const POST = withIdempotency(async (request: Request) => {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'admin', CreateAlignmentSchema);
    return NextResponse.json(await createAlignment(viewer, input, ip), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
});
