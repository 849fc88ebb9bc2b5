import { defineRoute } from '@/lib/api/define-route.server';
import { relationApi } from '@/lib/relations/relation-api';
import { deleteRelation } from '@/lib/relations/relation-commands.server';

/** Removes a relation (audited). */
export const DELETE = defineRoute(relationApi.unlink, ({ viewer, params, ip }) => deleteRelation(viewer, params.id, ip));
