import { defineRoute } from '@/lib/api/define-route.server';
import { sourceApi } from '@/lib/sources/source-api';
import { mergeSources } from '@/lib/sources/merge-sources.server';
import { recountMovedClaims } from '@/lib/claims/provenance-counts.server';

/** `{ mergeId, … }`: the source in the path stays and the duplicate is folded into it. */
export const POST = defineRoute(sourceApi.merge, ({ viewer, params, body, ip }) => mergeSources(viewer, params.id, body, recountMovedClaims, ip));
