import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { PageQuerySchema } from '@/lib/pagination/cursor';
import { CreateEventSchema } from './event-schemas';
import { eventRoles } from './event-permissions';
import { EventDetailSchema, EventGraphSchema, EventPageSchema, EventSchema } from './event-answers';

// The /api/v1/events contracts: inputs, least role and documented answers, read by the route
// handlers, the OpenAPI description and the authorization test alike.
const tag = 'Events';

export const eventApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/events', access: 'reader', query: PageQuerySchema,
    tag, summary: 'List events', ok: { description: 'A page of events.', schema: EventPageSchema },
  }),
  create: routeContract({
    method: 'POST', path: '/api/v1/events', access: eventRoles.create, body: CreateEventSchema, idempotent: true,
    tag, summary: 'Create an event', ok: { status: 201, description: 'The event.', schema: EventSchema },
  }),
  get: routeContract({
    method: 'GET', path: '/api/v1/events/{id}', access: 'reader', params: IdParamSchema,
    tag, summary: 'One event', description: 'Its claims grouped by alignment, and its contradiction pairs.',
    ok: { description: 'The event.', schema: EventDetailSchema }, errors: [404],
  }),
  graph: routeContract({
    method: 'GET', path: '/api/v1/events/{id}/graph', access: 'reader', params: IdParamSchema,
    tag, summary: "One event's claim graph",
    description: 'Its live claims as nodes (alignment of the first asserting source, first assertion date, contested or not) and every relation among them as an edge.',
    ok: { description: 'The graph: `{ eventId, nodes, edges, alignments }`.', schema: EventGraphSchema }, errors: [404],
  }),
};
