import { defineRoute } from '@/lib/api/define-route.server';
import { exchangeApi } from '@/lib/exchange/exchange-api';
import { archiveLines, exportArchive } from '@/lib/exchange/export-archive.server';
import { archiveCsvLines } from '@/lib/exchange/export-csv';

function streamOf(lines: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = lines[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      // Lines in slices, so a 10,000-claim archive never becomes one giant string.
      let chunk = '';
      for (let i = 0; i < 500; i++) {
        const next = it.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

/** Everything, or one event, as the JSON Lines exchange file or a CSV of claims. */
export const GET = defineRoute(exchangeApi.export, async ({ viewer, query: { format, eventId } }) => {
  const archive = await exportArchive(viewer, { eventId });
  const name = `crosscheck-export-${archive.header.exportedAt.slice(0, 10)}${eventId ? `-event-${eventId}` : ''}.${format}`;
  const lines = format === 'csv' ? archiveCsvLines(archive.records) : archiveLines(archive);
  return new Response(streamOf(lines), {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
});
