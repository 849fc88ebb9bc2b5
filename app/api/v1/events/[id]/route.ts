import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { eventApi } from '@/lib/events/event-api';
import { getEvent } from '@/lib/events/event-detail.server';

export const GET = defineRoute(eventApi.get, async ({ viewer, params }) => {
  const found = await getEvent(viewer, params.id);
  if (!found) throw notFound('Event');
  return found;
});
