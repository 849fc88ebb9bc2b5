import { defineRoute } from '@/lib/api/define-route.server';
import { conflictApi } from '@/lib/conflicts/conflict-api';
import { listConflicts } from '@/lib/conflicts/conflict-queries.server';
import { createConflict } from '@/lib/conflicts/conflict-commands.server';

export const GET = defineRoute(conflictApi.list, ({ viewer }) => listConflicts(viewer));

export const POST = defineRoute(conflictApi.create, ({ viewer, body, ip }) => createConflict(viewer, body, ip));
