import { z } from 'zod';
import { DisputeSchema, RelationTypeSchema } from '@/lib/claims/claim-answers';

// The relation and merge answers of /api/v1: the schemas the route contracts document and the
// handlers' answers are checked against. Browser-safe: no server imports.

const id = z.number().int();

/** A stored relation: the pair once, in canonical order (claimAId < claimBId). */
export const RelationSchema = z
  .strictObject({
    id,
    claimAId: id.meta({ description: 'The lower claim id of the pair.' }),
    claimBId: id.meta({ description: 'The higher claim id of the pair.' }),
    type: RelationTypeSchema,
    subjectClaimId: id.nullable().meta({ description: 'For `supports`: the claim that supports the other; null otherwise.' }),
    disputes: z.array(DisputeSchema).meta({ description: 'For `contradicts`: what they disagree about; empty otherwise.' }),
    note: z.string().nullable(),
    createdById: id.nullable().meta({ description: 'The user who linked them (null once that account is gone).' }),
    createdAt: z.iso.datetime(),
  })
  .meta({
    id: 'Relation',
    description: 'Two claims related: contradicts, supports or same_as. A pair is stored once, whatever the direction.',
    examples: [{
      id: 1, claimAId: 1, claimBId: 2, type: 'contradicts', subjectClaimId: null, disputes: ['responsibility', 'characterisation'],
      note: 'One side says the army attacked and was repelled; the other says militants provoked the fighting.',
      createdById: 2, createdAt: '2026-07-01T09:00:00.000Z',
    }],
  });

/** POST /api/v1/claims/{id}/merge: what moved from the duplicate to the claim that stays. */
export const MergeResultSchema = z
  .strictObject({
    keptId: id.meta({ description: 'The claim in the path, which stays.' }),
    mergedId: id.meta({ description: 'The duplicate, now marked merged: its links redirect to keptId.' }),
    attributionIds: z.array(id).meta({ description: 'Attributions moved to the kept claim.' }),
    relationIds: z.array(id).meta({ description: 'Relations moved to the kept claim.' }),
    revisionIds: z.array(id).meta({ description: 'History revisions moved to the kept claim.' }),
    droppedRelationIds: z.array(id).meta({ description: 'Relations removed because the kept claim already had one with the same claim.' }),
  })
  .meta({
    id: 'MergeResult',
    description: 'A duplicate folded into the claim that stays.',
    examples: [{ keptId: 11, mergedId: 21, attributionIds: [40, 41], relationIds: [9], revisionIds: [55, 56], droppedRelationIds: [] }],
  });
