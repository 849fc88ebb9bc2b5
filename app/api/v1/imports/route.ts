import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { defineRoute } from '@/lib/api/define-route.server';
import { invalid, tooLarge } from '@/lib/errors';
import { importApi } from '@/lib/import/import-api';
import { importClaimRows } from '@/lib/import/claim-rows/import-claim-rows.server';
import { progressLines } from '@/lib/import/import-progress';

// The role is checked before the stream starts (importClaimRows checks again), so a refusal is
// a status, not a line mid-stream.
export const maxDuration = 3600;
const MAX_UPLOAD_BYTES = importApi.claimRows.maxBytes!;

export const POST = defineRoute(importApi.claimRows, async ({ request, viewer, query: { format, name } }) => {
  const declared = Number(request.headers.get('content-length') ?? '0') || null;
  if (declared && declared > MAX_UPLOAD_BYTES) throw tooLarge(`Files up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  if (!request.body) throw invalid('Send the file as the request body.');
  const input = Readable.fromWeb(request.body as NodeWebStream<Uint8Array>);
  const body = progressLines((onProgress) =>
    importClaimRows(viewer, { input, format, label: name ?? `upload.${format}`, totalBytes: declared, onProgress }));
  return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
});
