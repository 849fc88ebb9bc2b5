import { z } from 'zod';
import { ExportQuerySchema, ImportBodySchema } from '@/lib/exchange/exchange-schemas';
import { ImportRequestSchema } from '@/lib/import/import-schemas';
import { annotationApi } from '@/lib/annotations/annotation-api';
import { feedApi } from '@/lib/feeds/feed-api';
import { openapiApi } from '../openapi-api';
import { claimReviewApi } from '@/lib/claimreview/claimreview-api';
import { IdPathSchema, operation, routesFromContracts, type ApiRoute } from '../openapi-operation';

const ImportCountsSchema = z.object({
  lines: z.number().int(),
  counts: z.record(z.string(), z.object({ created: z.number().int(), existing: z.number().int() })),
}).meta({ id: 'ImportResult' });

export const interopRoutes: ApiRoute[] = [
  ...routesFromContracts(Object.values(claimReviewApi)),
  ...routesFromContracts(Object.values(annotationApi)),
  {
    path: '/api/v1/exchange/export',
    methods: { get: operation({ tag: 'Exchange', access: 'editor', summary: 'Export everything or one event', description: 'JSON Lines (crosscheck-export version 1, see docs/exchange-format.md) or CSV. Reads only.', query: ExportQuerySchema, ok: { description: 'The file, as an attachment.', contentType: 'application/x-ndjson', schema: z.string() }, errors: [404] }) },
  },
  {
    path: '/api/v1/exchange/import',
    methods: {
      post: {
        ...operation({ tag: 'Exchange', access: 'reviewer', summary: 'Import a crosscheck-export file', description: 'Validates every line (errors name the lines), then writes the whole file in one transaction, merging by external id. A file that would add a record your role may not add directly (an alignment needs an admin; an alignment change, a rated, deleted or merged claim an editor) is refused whole with 403 naming the lines. Added rows are yours, dated now; the file\'s authors and dates are kept as stated provenance.', ok: { description: 'What was created and what already existed, per record type.', schema: ImportCountsSchema }, errors: [413], idempotent: true }),
        requestBody: { required: true, content: { 'application/x-ndjson': { schema: ImportBodySchema } } },
      },
    },
  },
  {
    path: '/api/v1/imports',
    methods: {
      post: {
        ...operation({ tag: 'Exchange', access: 'admin', summary: 'Bulk-import claims from CSV or JSON Lines', description: 'The answer streams JSON lines: progress, then a summary or an error.', query: ImportRequestSchema, ok: { description: 'A stream of progress lines.', contentType: 'application/x-ndjson', schema: z.string() }, errors: [413] }),
        requestBody: { required: true, content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } } },
      },
    },
  },
  ...routesFromContracts([...Object.values(openapiApi), ...Object.values(feedApi)]),
];
