import { routeContract } from '@/lib/api/route-contract';
import { IdParamSchema } from '@/lib/api/id-param';
import { SourceListQuerySchema } from './source-list-schema';
import { CreateSourceSchema, MergeSourcesSchema, SourceLifecycleSchema, UnmergeSourceSchema, UpdateSourceSchema } from './source-schemas';
import { sourceRoles } from './source-permissions';
import { SourceDetailSchema, SourceMergeResultSchema, SourcePageSchema, SourceSchema, SourceStateSchema, SourceUnmergeResultSchema } from './source-answers';

// The /api/v1/sources contracts: inputs, least role and documented answers, read by the route
// handlers, the OpenAPI description and the authorization test alike.
const tag = 'Sources';
const IDENTIFIERS_RULE = 'Each identifier is normalised (`https://t.me/s/Name/12` → telegram `name`); one in the wrong form is 400 '
  + 'on `identifiers.N.value` naming the expected form, and one a live source holds is 409 `identifier_taken` naming it in `current`. '
  + 'A deleted or merged source gives its identifiers up to whoever adds them.';

export const sourceApi = {
  list: routeContract({
    method: 'GET', path: '/api/v1/sources', access: 'reader', query: SourceListQuerySchema,
    tag, summary: 'List sources', ok: { description: 'A page of sources.', schema: SourcePageSchema },
  }),
  create: routeContract({
    method: 'POST', path: '/api/v1/sources', access: sourceRoles.create, body: CreateSourceSchema, idempotent: true,
    tag, summary: 'Create a source',
    description: 'One record per real-world source (docs/decisions/012-source-lookup.md): 409 `duplicate` when the name or an alias, '
      + 'folded (case, accents, spacing, script), is already a live source\'s name or alias (`current` is that source); 409 '
      + '`possible_duplicate` when a live source\'s name is similar (trigram similarity ≥ 0.5, same numbers), listing '
      + '`current.candidates`, unless the body says `"confirmNew": true`. ' + IDENTIFIERS_RULE,
    ok: { status: 201, description: 'The source.', schema: SourceSchema }, errors: [409],
  }),
  get: routeContract({
    method: 'GET', path: '/api/v1/sources/{id}', access: 'reader', params: IdParamSchema,
    tag, summary: 'One source', description: 'Current rating, revision history and alignment history.',
    ok: { description: 'The source.', schema: SourceDetailSchema }, errors: [404],
    permanentRedirect: 'The source was merged into another: `Location` is the kept source’s address.',
  }),
  edit: routeContract({
    method: 'PATCH', path: '/api/v1/sources/{id}', access: sourceRoles.editDetails, params: IdParamSchema, body: UpdateSourceSchema,
    tag, summary: 'Edit a source',
    description: `Changing the alignment needs an ${sourceRoles.changeAlignment} and \`alignmentReason\`; quotes \`version\`. `
      + `\`identifiers\`, when sent, is the source's whole new set. ${IDENTIFIERS_RULE}`,
    ok: { description: 'The source.', schema: SourceSchema }, errors: [404, 409],
  }),
  delete: routeContract({
    method: 'DELETE', path: '/api/v1/sources/{id}', access: sourceRoles.delete, params: IdParamSchema, body: SourceLifecycleSchema,
    tag, summary: 'Soft-delete a source (restorable)',
    description: 'Only a source nothing refers to: one that claims use (as a speaker or a party), that published a document or that another source represents is 409, saying how many; merge it into another source instead.',
    ok: { description: 'The deleted source.', schema: SourceStateSchema }, errors: [404, 409],
  }),
  restore: routeContract({
    method: 'POST', path: '/api/v1/sources/{id}/restore', access: sourceRoles.restore, params: IdParamSchema, body: SourceLifecycleSchema,
    tag, summary: 'Restore a deleted source', ok: { description: 'The restored source.', schema: SourceStateSchema }, errors: [404, 409],
  }),
  merge: routeContract({
    method: 'POST', path: '/api/v1/sources/{id}/merge', access: sourceRoles.merge, params: IdParamSchema, body: MergeSourcesSchema,
    tag, summary: 'Merge a duplicate source into this one',
    description: 'In one transaction, everything that names `mergeId` (attributions, claim parties, published documents, '
      + 'sources speaking for it, rating revisions, alignment history, per-conflict alignments, identifiers) moves to the source '
      + 'in the path; its name and aliases become aliases. `keepRating` says whose grade stands, written with `ratingRationale` '
      + 'as a new rating revision. The merged source then redirects (308) here, and every write to it is 409 `merged`. '
      + 'Quotes the kept source\'s `version`. A source merged into itself is 400; into or from a merged source is 409 `merged`.',
    ok: { description: 'The merge, with every moved id.', schema: SourceMergeResultSchema }, errors: [404, 409],
  }),
  unmerge: routeContract({
    method: 'POST', path: '/api/v1/sources/{id}/unmerge', access: sourceRoles.unmerge, params: IdParamSchema, body: UnmergeSourceSchema,
    tag, summary: 'Undo the merge of this source into another',
    description: 'From the merge\'s audit record: every row that moved and still sits on the kept source moves back, the aliases the '
      + 'merge added come off the kept source, and this source is live again. The kept source\'s rating revision recording the '
      + 'merge\'s choice stays in its history. 409 when the source is not merged, or the kept source was itself merged since.',
    ok: { description: 'The restored source and what moved back.', schema: SourceUnmergeResultSchema }, errors: [404, 409],
  }),
};
