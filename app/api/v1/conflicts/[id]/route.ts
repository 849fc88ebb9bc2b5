import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { conflictApi } from '@/lib/conflicts/conflict-api';
import { getConflict } from '@/lib/conflicts/conflict-queries.server';
import { editConflict } from '@/lib/conflicts/conflict-commands.server';

export const GET = defineRoute(conflictApi.get, async ({ viewer, params }) => {
  const found = await getConflict(viewer, params.id);
  if (!found) throw notFound('Conflict');
  return found;
});

/** Quotes `version`; a stale one is 409 with the conflict as it is now. */
export const PATCH = defineRoute(conflictApi.edit, ({ viewer, params, body, ip }) => editConflict(viewer, params.id, body, ip));
