import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { eventApi } from '@/lib/events/event-api';
import { getEvent } from '@/lib/events/event-detail.server';
import { editEvent } from '@/lib/events/edit-event.server';
import { deleteEvent } from '@/lib/claims/event-claims-move.server';

export const GET = defineRoute(eventApi.get, async ({ viewer, params }) => {
  const found = await getEvent(viewer, params.id);
  if (!found) throw notFound('Event');
  return found;
});

export const PATCH = defineRoute(eventApi.edit, ({ viewer, params, body, ip }) => editEvent(viewer, params.id, body, ip));

/** Moves or detaches its claims in the same step (`moveClaimsTo` or `detachClaims`). */
export const DELETE = defineRoute(eventApi.delete, ({ viewer, params, body, ip }) => deleteEvent(viewer, params.id, body, ip));
