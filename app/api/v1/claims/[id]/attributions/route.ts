import { defineRoute } from '@/lib/api/define-route.server';
import { attributionApi } from '@/lib/claims/claim-attribution-api';
import { addAttribution } from '@/lib/claims/claim-attributions.server';

/** One more attribution; a relay's `relaysId` must be an attribution of this claim. 201. */
export const POST = defineRoute(attributionApi.add, ({ viewer, params, body, ip }) => addAttribution(viewer, params.id, body, ip));
