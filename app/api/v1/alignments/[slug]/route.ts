import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { UpdateAlignmentSchema } from '@/lib/alignments/alignment-schemas';
import { updateAlignment } from '@/lib/alignments/alignment-commands.server';

/** Rename, recolour, reorder, retire (`retired: true`) or restore; never delete. Admin only. */
export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'admin', UpdateAlignmentSchema);
    return NextResponse.json(await updateAlignment(viewer, (await params).slug, input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
