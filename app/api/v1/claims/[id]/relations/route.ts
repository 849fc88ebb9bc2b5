import { defineRoute } from '@/lib/api/define-route.server';
import { relationApi } from '@/lib/relations/relation-api';
import { createRelation } from '@/lib/relations/relation-commands.server';

/** `{ targetClaimId, type, note?, disputes?, direction? }` → the stored relation; 201. */
export const POST = defineRoute(relationApi.link, ({ viewer, params, body, ip }) => createRelation(viewer, params.id, body, ip));
