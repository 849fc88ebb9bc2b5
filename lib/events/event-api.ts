import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { CreateEventSchema, DeleteEventSchema, EditEventSchema, EventListQuerySchema, RestoreEventSchema } from './event-schemas';
import { eventRoles } from './event-permissions';
import {
  EventDeletedSchema, EventDetailSchema, EventGraphSchema, EventHistoryPageSchema, EventPageSchema, EventSchema, EventStateSchema,
} from './event-answers';

// The /api/v1/events contracts: inputs, least role and documented answers, read by the route
// handlers, the OpenAPI description and the authorization test alike.
const tag = 'Events';

export const eventApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/events', access: 'reader', query: EventListQuerySchema,
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
  edit: routeContract({
    method: 'PATCH', path: '/api/v1/events/{id}', access: eventRoles.edit, params: IdParamSchema, body: EditEventSchema,
    tag, summary: 'Edit an event', description: 'The body quotes the `version` it was read at; a stale one is 409 with the event as it is now.',
    ok: { description: 'The edited event as its history keeps it, at its new version.', schema: EventStateSchema }, errors: [404, 409],
  }),
  delete: routeContract({
    method: 'DELETE', path: '/api/v1/events/{id}', access: eventRoles.delete, params: IdParamSchema, body: DeleteEventSchema,
    tag, summary: 'Soft-delete an event (restorable)',
    description: 'An event with claims needs `moveClaimsTo` (another live event) or `detachClaims: true`: its claims move in the same step, each with its own revision.',
    ok: { description: 'The deleted event and where its claims went.', schema: EventDeletedSchema }, errors: [404, 409],
  }),
  restore: routeContract({
    method: 'POST', path: '/api/v1/events/{id}/restore', access: eventRoles.restore, params: IdParamSchema, body: RestoreEventSchema,
    tag, summary: 'Restore a deleted event', description: 'Claims moved away when it was deleted stay where they are.',
    ok: { description: 'The restored event as its history keeps it.', schema: EventStateSchema }, errors: [404, 409],
  }),
  history: routeContract({
    method: 'GET', path: '/api/v1/events/{id}/history', access: 'reader', params: IdParamSchema,
    tag, summary: "An event's revision history", ok: { description: 'Revisions, newest first.', schema: EventHistoryPageSchema }, errors: [404],
  }),
};
