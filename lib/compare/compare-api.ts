import { routeContract } from '@/lib/api/route-contract';
import { CompareQuerySchema } from './compare-schemas';
import { ComparisonSchema } from './compare-answers';

// The /api/v1/compare contract, read by the route handler and the OpenAPI description.
export const compareApi = {
  get: routeContract({
    method: 'GET', path: '/api/v1/compare', access: 'reader', query: CompareQuerySchema,
    tag: 'Claims', summary: 'Side-by-side comparison', ok: { description: 'Two to six claims in columns, with their relations.', schema: ComparisonSchema }, errors: [404],
  }),
};
