import { defineRoute } from '@/lib/api/define-route.server';
import { compareApi } from '@/lib/compare/compare-api';
import { getComparison } from '@/lib/compare/compare-queries.server';

/** `?ids=a,b,…` (two to six claims): the side-by-side payload. */
export const GET = defineRoute(compareApi.get, ({ viewer, query }) => getComparison(viewer, query.ids));
