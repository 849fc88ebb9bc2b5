import { defineRoute } from '@/lib/api/define-route.server';
import { eventApi } from '@/lib/events/event-api';
import { listEvents } from '@/lib/events/event-queries.server';
import { createEvent } from '@/lib/events/create-event.server';

export const GET = defineRoute(eventApi.list, ({ viewer, query }) => listEvents(viewer, query));

export const POST = defineRoute(eventApi.create, ({ viewer, body, ip }) => createEvent(viewer, body, ip));
