import { z } from 'zod';
import { AlignmentRefSchema } from '@/lib/alignments/alignment-answers';

// The conflict answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

const proGovernment = { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' };
const at = '2026-07-01T09:00:00.000Z';
const SYRIA = {
  id: 1,
  name: 'Syrian civil war',
  description: 'The war in Syria since 2011: the government and its allies, the armed opposition, Hayat Tahrir al-Sham and others.',
};

const conflictFields = {
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  version: z.number().int().meta({ description: 'Quote it in an edit.' }),
};

/** A conflict as created or edited. */
export const ConflictSchema = z
  .strictObject({ ...conflictFields, externalId: z.string().meta({ description: 'Stable across exchange files.' }) })
  .meta({ id: 'Conflict', description: 'A conflict (theatre of war).', examples: [{ ...SYRIA, externalId: 'cc:conflict:syria', version: 1 }] });

export const ConflictListItemSchema = z
  .strictObject({ ...conflictFields, eventCount: z.number().int().meta({ description: 'Its live events.' }) })
  .meta({ id: 'ConflictListItem', description: 'A conflict in the list.', examples: [{ ...SYRIA, version: 1, eventCount: 2 }] });

export const ConflictListSchema = z
  .strictObject({ items: z.array(ConflictListItemSchema).meta({ description: 'Every conflict, by name.' }) })
  .meta({ id: 'ConflictList', description: 'Every conflict, by name.', examples: [{ items: [{ ...SYRIA, version: 1, eventCount: 2 }] }] });

const sourceRef = z.strictObject({ id: z.number().int(), name: z.string() });
const conflictRef = z.strictObject({ id: z.number().int(), name: z.string() });

export const ConflictDetailSchema = z
  .strictObject({
    ...conflictFields,
    externalId: z.string(),
    events: z
      .array(z.strictObject({ id: z.number().int(), title: z.string(), startsAt: z.iso.datetime().nullable(), claimCount: z.number().int() }))
      .meta({ description: 'Its live events, latest first.' }),
    sourceAlignments: z
      .array(z.strictObject({ source: sourceRef, alignment: AlignmentRefSchema, reason: z.string() }))
      .meta({ description: 'Sources whose alignment in this conflict differs from their default, by name.' }),
  })
  .meta({
    id: 'ConflictDetail',
    description: 'One conflict: its events and the sources aligned differently in it.',
    examples: [{
      ...SYRIA, externalId: 'cc:conflict:syria', version: 1,
      events: [{ id: 1, title: 'Clashes near Kansafrah, Al-Ruwayha and Bayanin, 30 June 2020', startsAt: '2020-06-30T00:00:00.000Z', claimCount: 4 }],
      sourceAlignments: [],
    }],
  });

/** A source's alignment in one conflict, as set. */
export const SourceConflictAlignmentSchema = z
  .strictObject({
    sourceId: z.number().int(),
    conflict: conflictRef,
    alignment: AlignmentRefSchema,
    reason: z.string(),
    version: z.number().int().meta({ description: 'Quote it to change or remove this alignment.' }),
    updatedAt: z.iso.datetime(),
  })
  .meta({
    id: 'SourceConflictAlignment',
    description: 'A source’s alignment in one conflict, where it differs from its default.',
    examples: [{ sourceId: 2, conflict: { id: 1, name: 'Syrian civil war' }, alignment: proGovernment, reason: 'Speaks for the government’s ally.', version: 1, updatedAt: at }],
  });

export const ConflictAlignmentRemovedSchema = z
  .strictObject({
    sourceId: z.number().int(),
    conflict: conflictRef,
    alignment: AlignmentRefSchema.meta({ description: 'Its default alignment, which now applies in the conflict.' }),
  })
  .meta({
    id: 'ConflictAlignmentRemoved',
    description: 'The source is back to its default alignment in the conflict.',
    examples: [{ sourceId: 2, conflict: { id: 1, name: 'Syrian civil war' }, alignment: proGovernment }],
  });

const changeSchema = z.strictObject({
  id: z.number().int(),
  from: AlignmentRefSchema.nullable(),
  to: AlignmentRefSchema,
  reason: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const SourceConflictAlignmentsSchema = z
  .strictObject({
    items: z.array(z.strictObject({
      conflict: conflictRef,
      current: z
        .strictObject({ alignment: AlignmentRefSchema, reason: z.string(), version: z.number().int(), updatedAt: z.iso.datetime() })
        .nullable()
        .meta({ description: 'Null when the source is back to its default alignment in this conflict.' }),
      history: z.array(changeSchema).meta({ description: 'Changes of its alignment in this conflict, newest first.' }),
    })).meta({ description: 'Every conflict the source has (or had) an alignment of its own in, by name.' }),
  })
  .meta({
    id: 'SourceConflictAlignments',
    description: 'A source’s alignment per conflict, each with its history.',
    examples: [{
      items: [{
        conflict: { id: 1, name: 'Syrian civil war' },
        current: { alignment: proGovernment, reason: 'Speaks for the government’s ally.', version: 1, updatedAt: at },
        history: [{ id: 9, from: null, to: proGovernment, reason: 'Speaks for the government’s ally.', authorName: 'Demo Editor', createdAt: at }],
      }],
    }],
  });
