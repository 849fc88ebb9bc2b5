import { z } from 'zod';
import { AlignmentRefSchema } from '@/lib/alignments/alignment-answers';
import {
  claimCoreShape, ClaimAttributionSchema, claimDetailExample, DisputeSchema, RelationTypeSchema,
} from '@/lib/claims/claim-answers';
import { COMPARE_FIELDS } from './compare-types';

// The compare answer of /api/v1: the schema the route contract documents and the handler's
// answer is checked against. Browser-safe: no server imports. The example compares the founding
// example's two contradicting accounts of the Kansafrah clashes.

const id = z.number().int();

export const CompareFieldSchema = z.enum(COMPARE_FIELDS).meta({
  id: 'CompareField',
  description: 'A row of the side-by-side view (one field of every claim).',
});

export const QuoteContextSchema = z
  .strictObject({ before: z.string(), exact: z.string(), after: z.string() })
  .meta({ id: 'QuoteContext', description: 'A quote with the words around it in the stored document text.' });

export const CompareAttributionSchema = ClaimAttributionSchema.extend({
  context: QuoteContextSchema.nullable().meta({ description: 'The quote in its document text, when it is found there.' }),
}).meta({ id: 'CompareAttribution', description: 'An attribution with its quote in context.' });

const { externalId: _e, latitude: _la, longitude: _lo, relations: _r, ...columnExample } = claimDetailExample;
const compareClaimExample = {
  ...columnExample,
  attributions: columnExample.attributions.map((a) => ({ ...a, context: null })),
  alignments: [{ slug: 'pro-militant', label: 'Pro-militant', color: '#0072B2' }],
  firstAssertedAt: '2020-07-01T00:00:00.000Z',
};

export const CompareClaimSchema = z
  .strictObject({
    ...claimCoreShape,
    attributions: z.array(CompareAttributionSchema),
    alignments: z.array(AlignmentRefSchema).meta({ description: 'Alignments of the sources asserting it (else relaying it): the column’s colour is the first.' }),
    firstAssertedAt: z.iso.datetime().nullable().meta({ description: 'Earliest date any source is recorded saying it (statement date, else publication).' }),
  })
  .meta({ id: 'CompareClaim', description: 'One claim as a compare column.', examples: [compareClaimExample] });

export const CompareRelationSchema = z
  .strictObject({
    id,
    type: RelationTypeSchema,
    claimAId: id,
    claimBId: id,
    subjectClaimId: id.nullable().meta({ description: 'For `supports`: the claim that supports the other.' }),
    disputes: z.array(DisputeSchema),
    note: z.string().nullable(),
    fieldsInDispute: z.array(CompareFieldSchema),
  })
  .meta({ id: 'CompareRelation', description: 'A relation among the compared claims, with the rows it disputes.' });

export const FigureAxisSchema = z
  .strictObject({
    key: z.string(),
    measure: z.string(),
    subject: z.string().nullable(),
    axisMax: z.number(),
    bars: z.array(z.strictObject({
      claimId: id,
      min: z.number(),
      max: z.number().nullable().meta({ description: 'Null for “at least min”: the bar runs to the axis end.' }),
      wording: z.string().nullable(),
    })),
  })
  .meta({ id: 'FigureAxis', description: 'Stated figures of one measure on a shared axis.' });

const relationExample = {
  id: 1, type: 'contradicts', claimAId: 1, claimBId: 2, subjectClaimId: null, disputes: ['responsibility', 'characterisation'],
  note: 'One side says the army attacked and was repelled; the other says militants provoked the fighting.',
  fieldsInDispute: ['parties', 'wording'],
};

export const ComparisonSchema = z
  .strictObject({
    ids: z.array(id).meta({ description: 'Resolved ids in the order asked (a merged claim is replaced by the one it was merged into).' }),
    claims: z.array(CompareClaimSchema),
    relations: z.array(CompareRelationSchema),
    fieldsInDispute: z.record(z.string(), z.array(CompareFieldSchema)).meta({ description: 'Per claim id: the rows some relation among the compared claims disputes.' }),
    figureAxes: z.array(FigureAxisSchema),
  })
  .meta({
    id: 'Comparison',
    description: 'Two to six claims side by side, with the relations among them and the rows they dispute.',
    examples: [{
      ids: [1, 2], claims: [compareClaimExample], relations: [relationExample],
      fieldsInDispute: { 1: ['parties', 'wording'], 2: ['parties', 'wording'] }, figureAxes: [],
    }],
  });
