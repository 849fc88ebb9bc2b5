import { z } from 'zod';
import { routeContract } from '@/lib/api/route-contract';
import { CreateAlignmentSchema, SlugSchema, UpdateAlignmentSchema } from './alignment-schemas';
import { alignmentRoles } from './alignment-permissions';
import { AlignmentPageSchema, AlignmentSchema } from './alignment-answers';

// The /api/v1/alignments contracts: inputs, least role and documented answers, read by the
// route handlers, the OpenAPI description and the authorization test alike.
const tag = 'Alignments';
const SlugParamSchema = z.object({ slug: SlugSchema.meta({ description: 'Alignment slug, e.g. pro-government.' }) });

export const alignmentApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/alignments', access: 'reader',
    tag, summary: 'The alignment vocabulary', ok: { description: 'Every alignment, in one page.', schema: AlignmentPageSchema },
  }),
  create: routeContract({
    method: 'POST', path: '/api/v1/alignments', access: alignmentRoles.create, body: CreateAlignmentSchema, idempotent: true,
    tag, summary: 'Add an alignment', ok: { status: 201, description: 'The alignment.', schema: AlignmentSchema }, errors: [409],
  }),
  edit: routeContract({
    method: 'PATCH', path: '/api/v1/alignments/{slug}', access: alignmentRoles.edit, params: SlugParamSchema, body: UpdateAlignmentSchema,
    tag, summary: 'Rename, recolour, reorder, retire or restore',
    description: 'Never deleted. The body quotes the `version` read; a stale one is 409 with the current alignment.',
    ok: { description: 'The alignment.', schema: AlignmentSchema }, errors: [404, 409],
  }),
};
