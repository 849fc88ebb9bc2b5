import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { requireApiWriter } from '@/lib/auth/require-writer';
import { getViewerFromRequest } from '@/lib/auth/request-viewer';
import { CreateTokenSchema } from '@/lib/tokens/token-schemas';
import { requireSessionForNewToken } from '@/lib/tokens/token-rules';
import { createApiToken, listApiTokens } from '@/lib/tokens/token-commands.server';

export async function GET(request: Request) {
  try {
    return NextResponse.json({ items: await listApiTokens(await getViewerFromRequest(request)) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** The raw token is in this response only; it is never shown again. Cookie sessions only. */
export async function POST(request: Request) {
  try {
    const { viewer, input, via, ip } = await requireApiWriter(request, 'reviewer', CreateTokenSchema);
    requireSessionForNewToken(via);
    const { token, raw } = await createApiToken(viewer, input, ip);
    return NextResponse.json({ ...token, token: raw }, { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
