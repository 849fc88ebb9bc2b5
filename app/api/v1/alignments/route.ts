import { defineRoute } from '@/lib/api/define-route.server';
import { alignmentApi } from '@/lib/alignments/alignment-api';
import { listAlignments } from '@/lib/alignments/alignment-queries.server';
import { createAlignment } from '@/lib/alignments/alignment-commands.server';

/** The whole vocabulary is small, so it comes back as one page. */
export const GET = defineRoute(alignmentApi.list, async ({ viewer }) => ({ items: await listAlignments(viewer), nextCursor: null }));

export const POST = defineRoute(alignmentApi.create, ({ viewer, body, ip }) => createAlignment(viewer, body, ip));
