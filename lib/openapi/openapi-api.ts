import { routeContract } from '@/lib/api/route-contract';

// The contract of the API's own description, read by its route handler and by the description.
export const openapiApi = {
  document: routeContract({
    method: 'GET', path: '/api/v1/openapi.json', access: 'reader', anonymous: true,
    tag: 'Interoperability', summary: 'This document', ok: { description: 'OpenAPI 3.1.' },
  }),
};
