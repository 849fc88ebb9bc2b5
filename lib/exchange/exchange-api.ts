import { z } from 'zod';
import { routeContract } from '@/lib/api/route-contract';
import { ExportQuerySchema } from './exchange-schemas';
import { exchangeRoles } from './exchange-permissions';

// The export contract, read by the route handler, the OpenAPI description and the tests alike.
// Importing a file is lib/import's (import-api.ts).
export const exchangeApi = {
  export: routeContract({
    method: 'GET', path: '/api/v1/exchange/export', access: exchangeRoles.export, query: ExportQuerySchema,
    tag: 'Exchange', summary: 'Export everything or one event',
    description: 'JSON Lines (crosscheck-export version 1, see docs/exchange-format.md) or CSV. Reads only.',
    ok: { description: 'The file, as an attachment.', contentType: 'application/x-ndjson', moreContentTypes: ['text/csv'], schema: z.string() }, errors: [404],
  }),
};
