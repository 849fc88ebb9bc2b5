import { defineRoute } from '@/lib/api/define-route.server';
import { claimApi } from '@/lib/claims/claim-api';
import { getClaimHistory } from '@/lib/claims/claim-history.server';

/** Every revision, newest first, with author, time, reason and a readable diff. */
export const GET = defineRoute(claimApi.history, async ({ viewer, params }) => ({ items: await getClaimHistory(viewer, params.id) }));
