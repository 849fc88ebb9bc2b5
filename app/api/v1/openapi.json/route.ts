import { defineRoute } from '@/lib/api/define-route.server';
import { getOpenApiDocument } from '@/lib/openapi/openapi-document';
import { openapiApi } from '@/lib/openapi/openapi-api';

/** The API's own description: public even on private deployments (it holds no data). */
export const GET = defineRoute(openapiApi.document, async () => getOpenApiDocument());
