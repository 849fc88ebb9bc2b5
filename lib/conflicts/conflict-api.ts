import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { conflictRoles } from './conflict-permissions';
import {
  ConflictAlignmentParamsSchema, CreateConflictSchema, EditConflictSchema, RemoveConflictAlignmentSchema, SetConflictAlignmentSchema,
} from './conflict-schemas';
import {
  ConflictAlignmentRemovedSchema, ConflictDetailSchema, ConflictListSchema, ConflictSchema, SourceConflictAlignmentSchema,
  SourceConflictAlignmentsSchema,
} from './conflict-answers';

// The /api/v1/conflicts contracts, and a source's alignment per conflict: inputs, least role and
// documented answers, read by the route handlers, the OpenAPI description and the authorization
// test alike.
const tag = 'Conflicts';

export const conflictApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/conflicts', access: 'reader',
    tag, summary: 'List conflicts', ok: { description: 'Every conflict, by name.', schema: ConflictListSchema },
  }),
  create: routeContract({
    method: 'POST', path: '/api/v1/conflicts', access: conflictRoles.create, body: CreateConflictSchema, idempotent: true,
    tag, summary: 'Create a conflict', description: 'A name already taken (ignoring case) is 409 with the existing conflict.',
    ok: { status: 201, description: 'The conflict.', schema: ConflictSchema }, errors: [409],
  }),
  get: routeContract({
    method: 'GET', path: '/api/v1/conflicts/{id}', access: 'reader', params: IdParamSchema,
    tag, summary: 'One conflict', description: 'Its events, and the sources whose alignment in it differs from their default.',
    ok: { description: 'The conflict.', schema: ConflictDetailSchema }, errors: [404],
  }),
  edit: routeContract({
    method: 'PATCH', path: '/api/v1/conflicts/{id}', access: conflictRoles.edit, params: IdParamSchema, body: EditConflictSchema,
    tag, summary: 'Edit a conflict', description: 'Quotes the `version` read; a stale one is 409 with the conflict as it is now.',
    ok: { description: 'The conflict at its new version.', schema: ConflictSchema }, errors: [404, 409],
  }),
  sourceAlignments: routeContract({
    method: 'GET', path: '/api/v1/sources/{id}/conflict-alignments', access: 'reader', params: IdParamSchema,
    tag, summary: "A source's alignment per conflict", ok: { description: 'Each conflict with its current alignment and history.', schema: SourceConflictAlignmentsSchema },
    errors: [404],
  }),
  setSourceAlignment: routeContract({
    method: 'PUT', path: '/api/v1/sources/{id}/conflict-alignments/{conflictId}', access: conflictRoles.setSourceAlignment,
    params: ConflictAlignmentParamsSchema, body: SetConflictAlignmentSchema,
    tag, summary: "Set a source's alignment in a conflict",
    description: 'Claims in the conflict’s events then show the source under this alignment (columns, filters, compare, graph, exports). Kept in the source’s alignment history with the conflict named. An unknown conflict is 404; `version`, when given, must be the current one (409).',
    ok: { description: 'Its alignment in the conflict.', schema: SourceConflictAlignmentSchema }, errors: [404, 409],
  }),
  removeSourceAlignment: routeContract({
    method: 'DELETE', path: '/api/v1/sources/{id}/conflict-alignments/{conflictId}', access: conflictRoles.removeSourceAlignment,
    params: ConflictAlignmentParamsSchema, body: RemoveConflictAlignmentSchema,
    tag, summary: "Put a source back to its default alignment in a conflict",
    ok: { description: 'The default alignment that now applies.', schema: ConflictAlignmentRemovedSchema }, errors: [404, 409],
  }),
};
