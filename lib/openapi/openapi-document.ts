import { createDocument } from 'zod-openapi';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { claimApi } from '@/lib/claims/claim-api';
import { attributionApi } from '@/lib/claims/claim-attribution-api';
import { relationApi } from '@/lib/relations/relation-api';
import { compareApi } from '@/lib/compare/compare-api';
import { sourceApi } from '@/lib/sources/source-api';
import { ratingApi } from '@/lib/ratings/rating-api';
import { alignmentApi } from '@/lib/alignments/alignment-api';
import { tokenApi } from '@/lib/tokens/token-api';
import { eventApi } from '@/lib/events/event-api';
import { documentApi } from '@/lib/documents/document-api';
import { conflictApi } from '@/lib/conflicts/conflict-api';
import { reviewApi } from '@/lib/review/review-api';
import { commentApi } from '@/lib/comments/comment-api';
import { routesFromContracts, type ApiRoute } from './openapi-operation';
import { interopRoutes } from './routes/interop-routes';

/** Every documented route; test/integration/openapi.test.ts checks it against app/api/v1. */
export const API_ROUTES: ApiRoute[] = [
  ...routesFromContracts(
    [claimApi, attributionApi, relationApi, compareApi, sourceApi, ratingApi, alignmentApi, tokenApi, eventApi, documentApi, conflictApi, commentApi, reviewApi]
      .flatMap((api) => Object.values(api)),
  ),
  ...interopRoutes,
];

let cached: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 description of /api/v1, generated from the handlers' zod schemas. */
export function getOpenApiDocument() {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = Object.fromEntries(API_ROUTES.map((r) => [r.path, r.methods]));
  cached = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Crosscheck API',
      version: '1',
      description:
        'Claims, their provenance, contradictions and source reliability. Reads follow the deployment\'s reading setting; writes need a personal API token (`Authorization: Bearer cc_…`) or a signed-in session with the same Origin.',
    },
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal API token from the account page.' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: 'Browser session; writes also need a same-origin Origin header.' },
      },
    },
  });
  return cached;
}
