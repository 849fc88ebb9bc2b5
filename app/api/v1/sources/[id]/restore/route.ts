import { defineRoute } from '@/lib/api/define-route.server';
import { sourceApi } from '@/lib/sources/source-api';
import { restoreSource } from '@/lib/sources/source-commands.server';

export const POST = defineRoute(sourceApi.restore, ({ viewer, params, body, ip }) => restoreSource(viewer, params.id, body, ip));
