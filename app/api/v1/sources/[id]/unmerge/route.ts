import { defineRoute } from '@/lib/api/define-route.server';
import { sourceApi } from '@/lib/sources/source-api';
import { unmergeSource } from '@/lib/sources/unmerge-source.server';
import { recountMovedClaims } from '@/lib/claims/provenance-counts.server';

/** The merged source in the path gets back what its merge moved (admin). */
export const POST = defineRoute(sourceApi.unmerge, ({ viewer, params, body, ip }) => unmergeSource(viewer, params.id, body, recountMovedClaims, ip));
