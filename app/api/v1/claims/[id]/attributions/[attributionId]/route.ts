import { defineRoute } from '@/lib/api/define-route.server';
import { attributionApi } from '@/lib/claims/claim-attribution-api';
import { editAttribution, removeAttribution } from '@/lib/claims/claim-attributions.server';

/** Corrects a hop's role, venue, date or what it relays. */
export const PATCH = defineRoute(attributionApi.edit, ({ viewer, params, body, ip }) =>
  editAttribution(viewer, params.id, params.attributionId, body, ip));

/** Removes an attribution that nothing relays; the reason goes into the history. */
export const DELETE = defineRoute(attributionApi.remove, ({ viewer, params, body, ip }) =>
  removeAttribution(viewer, params.id, params.attributionId, body, ip));
