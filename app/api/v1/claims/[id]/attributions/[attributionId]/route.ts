import { NextResponse } from 'next/server';
import { z } from 'zod';
import { IdSchema } from '@/lib/fields/field-schemas';
import { toErrorResponse } from '@/lib/api/respond';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { RemoveAttributionSchema } from '@/lib/attributions/attribution-schemas';
import { removeAttribution } from '@/lib/attributions/attribution-commands.server';

const ParamsSchema = z.object({ id: IdSchema, attributionId: IdSchema });

/** Removes an attribution; what relayed it then relays what it repeated. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string; attributionId: string }> }) {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', RemoveAttributionSchema);
    const { id, attributionId } = ParamsSchema.parse(await params);
    return NextResponse.json(await removeAttribution(viewer, id, attributionId, input, ip));
  } catch (e) {
    return toErrorResponse(e);
  }
}
