import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { conflictApi } from '@/lib/conflicts/conflict-api';
import { listSourceConflictAlignments } from '@/lib/conflicts/conflict-queries.server';

export const GET = defineRoute(conflictApi.sourceAlignments, async ({ viewer, params }) => {
  const found = await listSourceConflictAlignments(viewer, params.id);
  if (!found) throw notFound('Source');
  return found;
});
