import { defineRoute } from '@/lib/api/define-route.server';
import { claimApi } from '@/lib/claims/claim-api';
import { restoreClaim } from '@/lib/claims/delete-claim.server';

export const POST = defineRoute(claimApi.restore, ({ viewer, params, body, ip }) => restoreClaim(viewer, params.id, body, ip));
