import { z } from 'zod';
import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';

// The Atom feed contracts (pages' feeds, outside /api/v1), read by the route handlers and the
// OpenAPI description.
const tag = 'Feeds';
const atom = { description: 'Atom 1.0.', contentType: 'application/atom+xml', schema: z.string() };

export const feedApi = {
  event: routeContract({
    method: 'GET', path: '/events/{id}/feed.xml', access: 'reader', params: IdParamSchema,
    tag, summary: "Atom feed of an event's new and changed claims", ok: atom, errors: [404],
  }),
  source: routeContract({
    method: 'GET', path: '/sources/{id}/feed.xml', access: 'reader', params: IdParamSchema,
    tag, summary: "Atom feed of a source's new and changed claims", ok: atom, errors: [404],
    permanentRedirect: 'The source was merged into another: `Location` is the kept source’s feed.',
  }),
};
