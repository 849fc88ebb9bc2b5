import { defineRoute } from '@/lib/api/define-route.server';
import { eventApi } from '@/lib/events/event-api';
import { getEventHistory } from '@/lib/events/event-history.server';

export const GET = defineRoute(eventApi.history, async ({ viewer, params }) => ({ items: await getEventHistory(viewer, params.id) }));
