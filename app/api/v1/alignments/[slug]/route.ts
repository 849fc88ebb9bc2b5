import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { z } from 'zod';
import { SlugSchema, UpdateAlignmentSchema } from '@/lib/alignments/alignment-schemas';
import { updateAlignment } from '@/lib/alignments/alignment-commands.server';

const SlugParamSchema = z.object({ slug: SlugSchema });

/**
 * Rename, recolour, reorder, retire (`retired: true`) or restore; never delete. Admin only.
 * The body quotes the `version` read; a stale one is a 409 with the current alignment.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'admin', UpdateAlignmentSchema);
    const { slug } = SlugParamSchema.parse(await params);
    return NextResponse.json(await updateAlignment(viewer, slug, input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
