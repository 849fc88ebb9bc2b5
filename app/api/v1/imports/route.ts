import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { queryOf, toErrorResponse } from '@/lib/api/respond';
import { requireApiRole } from '@/lib/auth/require-writer';
import { invalid, tooLarge } from '@/lib/errors';
import { ImportRequestSchema } from '@/lib/import/import-schemas';
import { importClaims } from '@/lib/import/import-claims.server';

// POST /api/v1/imports?format=csv|jsonl&name=…, the file as the body (admins). The answer is
// a stream of JSON lines: {"progress":…} as batches land, then {"summary":…} or {"error":…}.

const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
export const maxDuration = 3600;

export async function POST(request: Request) {
  try {
    // Checked here too (importClaims checks again) so refusal is a status, not a line mid-stream.
    const { viewer } = await requireApiRole(request, 'admin');
    const { format, name } = ImportRequestSchema.parse(queryOf(request));
    const declared = Number(request.headers.get('content-length') ?? '0') || null;
    if (declared && declared > MAX_UPLOAD_BYTES) throw tooLarge(`Files up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
    if (!request.body) throw invalid('Send the file as the request body.');
    const input = Readable.fromWeb(request.body as NodeWebStream<Uint8Array>);
    const encoder = new TextEncoder();

    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        try {
          const summary = await importClaims(viewer, {
            input, format, label: name ?? `upload.${format}`, totalBytes: declared,
            onProgress: (progress) => send({ progress }),
          });
          send({ summary });
        } catch (e) {
          console.error('[import] failed', e);
          send({ error: { code: 'import_failed', message: 'The import stopped unexpectedly; batches already reported were kept.' } });
        } finally {
          controller.close();
        }
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
