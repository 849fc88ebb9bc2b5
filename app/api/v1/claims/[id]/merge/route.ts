import { defineRoute } from '@/lib/api/define-route.server';
import { relationApi } from '@/lib/relations/relation-api';
import { mergeClaims } from '@/lib/relations/merge-claims.server';

/** `{ mergeId }`: the claim in the path stays and the duplicate is folded into it. */
export const POST = defineRoute(relationApi.merge, ({ viewer, params, body, ip }) => mergeClaims(viewer, params.id, body.mergeId, ip));
