import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { parseIdParam } from '@/lib/api/id-param';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { notFound } from '@/lib/errors';
import { getSource } from '@/lib/sources/source-queries.server';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { UpdateSourceSchema } from '@/lib/sources/source-schemas';
import { updateSource } from '@/lib/sources/source-commands.server';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const viewer = await getViewerFromRequest(request);
    const id = await parseIdParam(params);
    const found = await getSource(viewer, id);
    if (!found) throw notFound('Source');
    return NextResponse.json(found);
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Edits details (reviewer) or the alignment (editor, with `alignmentReason`); quotes `version`. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', UpdateSourceSchema);
    return NextResponse.json(await updateSource(viewer, await parseIdParam(params), input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
