import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { eventApi } from '@/lib/events/event-api';
import { getEventGraph } from '@/lib/events/event-graph.server';

/** The event's claim graph, which the event page fetches only when a reader opens it. */
export const GET = defineRoute(eventApi.graph, async ({ viewer, params }) => {
  const graph = await getEventGraph(viewer, params.id);
  if (!graph) throw notFound('Event');
  return graph;
});
