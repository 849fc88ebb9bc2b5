import { z } from 'zod';
import { routeContract } from '@/lib/api/route-contract';
import { ImportRequestSchema } from './claim-rows/claim-row-schemas';
import { ImportExchangeQuerySchema } from './exchange/exchange-import-schemas';
import { importRoles } from './import-permissions';
import { ImportLineSchema, ImportResultSchema } from './import-answers';

// The two import contracts, one per file format, read by the route handlers, the OpenAPI
// description and the authorization test alike. Both read a raw body, not JSON.
const tag = 'Exchange';

export const importApi = {
  claimRows: routeContract({
    method: 'POST', path: '/api/v1/imports', access: importRoles.claimRows, query: ImportRequestSchema,
    rawBody: {
      contentTypes: ['text/csv', 'application/x-ndjson'],
      description: 'Claim rows: CSV with a header, or JSON Lines with one claim per line (docs/import-format.md).',
      schema: z.string(),
    },
    maxBytes: 512 * 1024 * 1024,
    tag, summary: 'Bulk-import claims from CSV or JSON Lines',
    description: 'The answer streams JSON lines: progress, then a summary or an error.',
    ok: {
      description: 'A stream of JSON lines, each an `ImportLine`: progress lines, then a summary (or an error).',
      contentType: 'application/x-ndjson', schema: ImportLineSchema,
    }, errors: [413],
  }),
  exchangeArchive: routeContract({
    method: 'POST', path: '/api/v1/exchange/import', access: importRoles.exchangeArchive, query: ImportExchangeQuerySchema,
    rawBody: {
      contentTypes: ['application/x-ndjson'],
      schema: z.string().meta({
        description: 'A crosscheck-export version 1 JSON Lines file (docs/exchange-format.md): a header line, then one record per line.',
      }),
    },
    maxBytes: 64 * 1024 * 1024, idempotent: true,
    tag, summary: 'Import a crosscheck-export file',
    description: 'Validates every line (errors name the lines), then writes the whole file in one transaction, merging by external id. A file that would add a record your role may not add directly (an alignment needs an admin; an alignment change, a rated, deleted or merged claim an editor) is refused whole with 403 naming the lines. Added rows are yours, dated now; the file\'s authors and dates are kept as stated provenance.',
    ok: { description: 'What was created and what already existed, per record type.', schema: ImportResultSchema }, errors: [413],
  }),
};
