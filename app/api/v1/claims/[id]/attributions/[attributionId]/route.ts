import { defineRoute } from '@/lib/api/define-route.server';
import { attributionApi } from '@/lib/claims/claim-attribution-api';
import { removeAttribution } from '@/lib/claims/claim-attributions.server';

/** Removes an attribution; what relayed it then relays what it repeated. */
export const DELETE = defineRoute(attributionApi.remove, ({ viewer, params, body, ip }) =>
  removeAttribution(viewer, params.id, params.attributionId, body, ip));
