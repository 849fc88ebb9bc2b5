import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/api/define-route.server';
import { importApi } from '@/lib/import/import-api';
import { importExchangeArchive } from '@/lib/import/exchange/import-exchange-archive.server';
import { readTextBody } from '@/lib/import/read-text-body';

/**
 * A crosscheck-export JSON Lines file as the body; merges by external id. Each record needs the
 * role that adds it directly (lib/import/import-permissions.ts).
 */
export const POST = defineRoute(importApi.exchangeArchive, async ({ request, viewer, ip, query }) => {
  const text = await readTextBody(request, importApi.exchangeArchive.maxBytes!);
  return NextResponse.json(await importExchangeArchive(viewer, text, { ip, fileName: query.name?.slice(0, 200) }));
});
