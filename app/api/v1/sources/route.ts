import { defineRoute } from '@/lib/api/define-route.server';
import { sourceApi } from '@/lib/sources/source-api';
import { listSources } from '@/lib/sources/source-queries.server';
import { createSource } from '@/lib/sources/source-commands.server';

export const GET = defineRoute(sourceApi.list, ({ viewer, query }) => listSources(viewer, query));

/** A new source; its first alignment starts the alignment history. */
export const POST = defineRoute(sourceApi.create, ({ viewer, body, ip }) => createSource(viewer, body, ip));
