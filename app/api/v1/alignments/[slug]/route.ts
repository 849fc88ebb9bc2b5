import { defineRoute } from '@/lib/api/define-route.server';
import { alignmentApi } from '@/lib/alignments/alignment-api';
import { updateAlignment } from '@/lib/alignments/alignment-commands.server';

/** Rename, recolour, reorder, retire (`retired: true`) or restore; never delete. */
export const PATCH = defineRoute(alignmentApi.edit, ({ viewer, params, body, ip }) => updateAlignment(viewer, params.slug, body, ip));
