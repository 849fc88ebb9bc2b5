import { NextResponse } from 'next/server';
import { toErrorResponse } from '@/lib/api/respond';
import { withIdempotency } from '@/lib/api/idempotency.server';
import { requireApiRole } from '@/lib/auth/require-writer';
import { MAX_IMPORT_BYTES } from '@/lib/exchange/exchange-schemas';
import { importArchive } from '@/lib/exchange/import-archive.server';
import { IMPORT_MINIMUM_ROLE } from '@/lib/exchange/import-permissions';
import { readTextBody } from '@/lib/exchange/read-text-body';

/**
 * A crosscheck-export JSON Lines file as the body; merges by external id. Each record needs the
 * role that adds it directly (lib/exchange/import-permissions.ts): reviewers upward.
 */
export const POST = withIdempotency(async (request: Request) => {
  try {
    const { viewer, ip } = await requireApiRole(request, IMPORT_MINIMUM_ROLE);
    const text = await readTextBody(request, MAX_IMPORT_BYTES);
    const fileName = new URL(request.url).searchParams.get('name')?.slice(0, 200) ?? undefined;
    return NextResponse.json(await importArchive(viewer, text, { ip, fileName }));
  } catch (e) {
    return toErrorResponse(e);
  }
}, { maxBytes: MAX_IMPORT_BYTES });
