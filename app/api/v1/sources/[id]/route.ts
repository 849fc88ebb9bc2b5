import { defineRoute } from '@/lib/api/define-route.server';
import { notFound } from '@/lib/errors';
import { sourceApi } from '@/lib/sources/source-api';
import { getSource } from '@/lib/sources/source-queries.server';
import { findMergedInto } from '@/lib/sources/source-merged-into.server';
import { deleteSource, updateSource } from '@/lib/sources/source-commands.server';

export const GET = defineRoute(sourceApi.get, async ({ viewer, params, request }) => {
  // A merged source's address stays good: it leads to the source it was merged into.
  const keptId = await findMergedInto(viewer, params.id);
  if (keptId !== null) return new Response(null, { status: 308, headers: { location: new URL(`/api/v1/sources/${keptId}`, request.url).toString() } });
  const found = await getSource(viewer, params.id);
  if (!found) throw notFound('Source');
  return found;
});

/** Edits details, or the alignment (a higher role, with `alignmentReason`); quotes `version`. */
export const PATCH = defineRoute(sourceApi.edit, ({ viewer, params, body, ip }) => updateSource(viewer, params.id, body, ip));

/** Only a source nothing refers to; one in use is 409 with how many claims use it. */
export const DELETE = defineRoute(sourceApi.delete, ({ viewer, params, body, ip }) => deleteSource(viewer, params.id, body, ip));
