import { defineRoute } from '@/lib/api/define-route.server';
import { conflictApi } from '@/lib/conflicts/conflict-api';
import { removeSourceConflictAlignment, setSourceConflictAlignment } from '@/lib/conflicts/conflict-alignment-commands.server';

export const PUT = defineRoute(conflictApi.setSourceAlignment, ({ viewer, params, body, ip }) =>
  setSourceConflictAlignment(viewer, params.id, params.conflictId, body, ip));

/** Back to the source's default alignment in that conflict, with a reason. */
export const DELETE = defineRoute(conflictApi.removeSourceAlignment, ({ viewer, params, body, ip }) =>
  removeSourceConflictAlignment(viewer, params.id, params.conflictId, body, ip));
