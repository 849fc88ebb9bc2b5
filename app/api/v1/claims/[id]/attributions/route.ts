import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { parseIdParam } from '@/lib/api/id-param';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { AddAttributionSchema } from '@/lib/attributions/attribution-schemas';
import { addAttribution } from '@/lib/attributions/attribution-commands.server';

/** One more attribution; a relay's `relaysId` must be an attribution of this claim. 201. */
export const POST = withIdempotency(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const { viewer, input, ip } = await requireApiWriter(request, 'reviewer', AddAttributionSchema);
    return NextResponse.json(await addAttribution(viewer, await parseIdParam(params), input, ip), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
});
