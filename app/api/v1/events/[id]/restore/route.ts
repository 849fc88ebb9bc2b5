import { defineRoute } from '@/lib/api/define-route.server';
import { eventApi } from '@/lib/events/event-api';
import { restoreEvent } from '@/lib/events/event-lifecycle.server';

export const POST = defineRoute(eventApi.restore, ({ viewer, params, body, ip }) => restoreEvent(viewer, params.id, body, ip));
