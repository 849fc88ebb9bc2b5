import { z } from 'zod';
import { Dispute, PlacePrecision, RelationType } from '@/lib/generated/prisma/enums';
import { pageOf } from '@/lib/api/answer-schemas';
import { AlignmentRefSchema } from '@/lib/alignments/alignment-answers';
import { SourceRefSchema } from '@/lib/sources/source-answers';

// The event answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

const proGovernment = { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' };
const proMilitant = { slug: 'pro-militant', label: 'Pro-militant', color: '#0072B2' };
const KANSAFRAH = {
  title: 'Clashes near Kansafrah, Al-Ruwayha and Bayanin, 30 June 2020',
  summary: 'Fighting between the Syrian Army and Turkish-backed militants in southern Idlib; each side blames the other.',
  startsAt: '2020-06-30T00:00:00.000Z',
  endsAt: '2020-07-01T00:00:00.000Z',
  placeName: 'Kansafrah, Al-Ruwayha and Bayanin, southern Idlib',
};
const RETREAT =
  'The Syrian Army and the National Defense Forces tried to advance near Kansafrah, Al-Ruwayha and Bayanin, but were forced to retreat after several hours of clashes.';
const PROVOCATION = 'The fighting in southern Idlib came as a result of a provocation by militants.';

const placePrecision = z.enum(PlacePrecision).nullable().meta({ description: 'How precise the coordinates are.' });
const disputes = z.array(z.enum(Dispute)).meta({ description: 'What the two claims disagree about.' });

/** Where an event stands on the review desk. */
export const EventReviewStatusSchema = z.enum(['new', 'in_review', 'needs_more_evidence', 'reviewed', 'settled']).meta({
  id: 'EventReviewStatus',
  description: 'Where the event stands on the review desk: new, in review, needs more evidence, reviewed, or settled (the evidence decides it; editors only).',
});

export const EventListItemSchema = z
  .strictObject({
    id: z.number().int(),
    title: z.string(),
    summary: z.string().nullable(),
    startsAt: z.iso.datetime().nullable(),
    endsAt: z.iso.datetime().nullable(),
    placeName: z.string().nullable(),
    claimCount: z.number().int().meta({ description: 'Its live claims.' }),
    createdAt: z.iso.datetime(),
    reviewStatus: EventReviewStatusSchema,
  })
  .meta({
    id: 'EventListItem',
    description: 'An event in a list.',
    examples: [{ id: 1, ...KANSAFRAH, claimCount: 4, createdAt: '2026-07-01T09:00:00.000Z', reviewStatus: 'in_review' }],
  });

export const EventPageSchema = pageOf(EventListItemSchema, 'EventPage', 'A page of events, newest first.');

/** What every answer about one event says of it. */
const eventFields = {
  id: z.number().int(),
  title: z.string(),
  summary: z.string().nullable(),
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  placeName: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  placePrecision,
  conflictId: z.number().int().nullable().meta({ description: 'The conflict (theatre of war) it belongs to; its sources show their alignment in it.' }),
  version: z.number().int(),
};

/** Review fields as a revision keeps them (the assignee's name copied in, so the history still reads after a rename). */
const reviewStateFields = {
  reviewStatus: EventReviewStatusSchema,
  assigneeId: z.number().int().nullable().meta({ description: 'The reviewer or editor it is assigned to.' }),
  assigneeName: z.string().nullable(),
};

/** POST /api/v1/events: the event as created. */
export const EventSchema = z
  .strictObject(eventFields)
  .meta({
    id: 'Event',
    description: 'An event as created.',
    examples: [{ id: 1, ...KANSAFRAH, latitude: 35.69, longitude: 36.47, placePrecision: 'district', conflictId: 1, version: 1 }],
  });

const retreatCard = {
  id: 1, text: RETREAT, credibility: 4, isContested: true, firstAssertedAt: '2020-07-01T00:00:00.000Z',
  assertingSources: [{ id: 6, name: 'pro-militant sources', alignment: proMilitant }],
  relayingSources: [{ id: 3, name: 'South Front', alignment: proGovernment }],
};

export const EventClaimCardSchema = z
  .strictObject({
    id: z.number().int(),
    text: z.string(),
    credibility: z.number().int().meta({ description: 'Admiralty credibility 1–6.' }),
    isContested: z.boolean().meta({ description: 'A live claim contradicts it.' }),
    firstAssertedAt: z.iso.datetime().nullable().meta({ description: 'Earliest statement or publication date of any source carrying it; null when unrecorded.' }),
    assertingSources: z.array(SourceRefSchema),
    relayingSources: z.array(SourceRefSchema),
  })
  .meta({ id: 'EventClaimCard', description: 'A claim in an event column.', examples: [retreatCard] });

export const EventPairSchema = z
  .strictObject({
    id: z.number().int().meta({ description: 'The relation’s id.' }),
    claimAId: z.number().int(),
    claimBId: z.number().int(),
    disputes,
    note: z.string().nullable(),
    subjectClaimId: z.number().int().nullable().meta({ description: 'For supports: the claim that supports the other.' }),
  })
  .meta({
    id: 'EventPair',
    description: 'A contradiction or support between two of the event’s claims.',
    examples: [{ id: 1, claimAId: 1, claimBId: 2, disputes: ['responsibility'], note: null, subjectClaimId: null }],
  });

const deletedAt = z.iso.datetime().nullable().meta({ description: 'When it was deleted; only editors see a deleted event.' });

export const EventDetailSchema = z
  .strictObject({
    ...eventFields,
    deletedAt,
    externalId: z.string().nullable(),
    conflict: z.strictObject({ id: z.number().int(), name: z.string() }).nullable().meta({ description: 'The conflict it belongs to, if any.' }),
    columns: z
      .array(z.strictObject({ alignment: AlignmentRefSchema, claims: z.array(EventClaimCardSchema) }))
      .meta({ description: 'By alignment order; a claim asserted from two alignments is in both.' }),
    contradictions: z.array(EventPairSchema),
    supports: z.array(EventPairSchema),
    reviewStatus: EventReviewStatusSchema,
    assignee: z.strictObject({ id: z.number().int(), name: z.string() }).nullable().meta({ description: 'The reviewer or editor it is assigned to.' }),
  })
  .meta({
    id: 'EventDetail',
    description: 'One event: its live claims in columns by alignment, and the contradiction and support pairs among them.',
    examples: [{
      id: 1, externalId: null, ...KANSAFRAH, latitude: 35.69, longitude: 36.47, placePrecision: 'district', version: 1, deletedAt: null,
      conflictId: 1, conflict: { id: 1, name: 'Syrian civil war' },
      columns: [{ alignment: proMilitant, claims: [retreatCard] }],
      contradictions: [{ id: 1, claimAId: 1, claimBId: 2, disputes: ['responsibility'], note: null, subjectClaimId: null }],
      supports: [], reviewStatus: 'in_review', assignee: { id: 3, name: 'Demo Reviewer' },
    }],
  });

export const EventGraphSchema = z
  .strictObject({
    eventId: z.number().int(),
    nodes: z.array(
      z.strictObject({
        id: z.number().int(),
        text: z.string(),
        credibility: z.number().int(),
        alignment: AlignmentRefSchema.meta({ description: 'Of its first asserting source (unknown when none).' }),
        firstAssertedAt: z.iso.datetime().nullable(),
        isContested: z.boolean(),
      }),
    ),
    edges: z
      .array(
        z.strictObject({
          id: z.number().int(),
          source: z.number().int().meta({ description: 'A node id; for supports, the supporting claim.' }),
          target: z.number().int(),
          type: z.enum(RelationType),
          disputes,
        }),
      )
      .meta({ description: 'Every relation among its live claims.' }),
    alignments: z.array(AlignmentRefSchema).meta({ description: 'The alignments its nodes use, in vocabulary order.' }),
  })
  .meta({
    id: 'EventGraph',
    description: 'An event’s live claims as a graph.',
    examples: [{
      eventId: 1,
      nodes: [
        { id: 1, text: RETREAT, credibility: 4, alignment: proMilitant, firstAssertedAt: '2020-07-01T00:00:00.000Z', isContested: true },
        { id: 2, text: PROVOCATION, credibility: 4, alignment: proGovernment, firstAssertedAt: '2020-07-01T00:00:00.000Z', isContested: true },
      ],
      edges: [{ id: 1, source: 1, target: 2, type: 'contradicts', disputes: ['responsibility'] }],
      alignments: [proGovernment, proMilitant],
    }],
  });

const kansafrahState = {
  id: 1, ...KANSAFRAH, latitude: 35.69, longitude: 36.47, placePrecision: 'district' as const, conflictId: 1, version: 2, deletedAt: null,
  reviewStatus: 'in_review' as const, assigneeId: 3, assigneeName: 'Demo Reviewer',
};

/** An event as its history keeps it: the answer of an edit, a deletion or a restore. */
export const EventStateSchema = z
  .strictObject({ ...eventFields, deletedAt, ...reviewStateFields })
  .meta({ id: 'EventState', description: 'An event as its history keeps it, at its new version.', examples: [kansafrahState] });
export type EventStateAnswer = z.output<typeof EventStateSchema>;

export const EventDeletedSchema = z
  .strictObject({
    ...eventFields,
    deletedAt,
    ...reviewStateFields,
    movedClaimIds: z.array(z.number().int()).meta({ description: 'The claims that were moved or detached, each with its own revision.' }),
    movedTo: z.number().int().nullable().meta({ description: 'The event they moved to; null when detached (or none).' }),
  })
  .meta({
    id: 'EventDeleted',
    description: 'The deleted event, and where its claims went.',
    examples: [{ ...kansafrahState, version: 3, deletedAt: '2026-07-02T10:00:00.000Z', movedClaimIds: [1, 2], movedTo: 2 }],
  });

const change = z.strictObject({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() });

export const EventHistoryEntrySchema = z
  .strictObject({
    id: z.number().int(),
    version: z.number().int(),
    action: z.string().meta({ description: '`create`, `edit`, `delete`, `restore`, or `recorded` (the state before the first kept change).' }),
    reason: z.string().nullable(),
    author: z.string().nullable(),
    createdAt: z.iso.datetime(),
    readable: z.boolean().meta({ description: 'False when the stored snapshot cannot be read: listed, not compared.' }),
    changes: z.array(change).meta({ description: 'What differs from the readable revision before it.' }),
    rawSnapshot: z.unknown().meta({ description: 'The stored JSON of an unreadable revision, for editors; null otherwise.' }),
  })
  .meta({
    id: 'EventHistoryEntry',
    description: 'One revision of an event.',
    examples: [{
      id: 2, version: 2, action: 'edit', reason: 'The fighting went on into 1 July.', author: 'Demo editor', createdAt: '2026-07-02T09:00:00.000Z',
      readable: true, changes: [{ field: 'Ends', before: null, after: '2020-07-01T00:00:00.000Z' }], rawSnapshot: null,
    }],
  });

export const EventHistoryPageSchema = z
  .strictObject({ items: z.array(EventHistoryEntrySchema).meta({ description: 'Newest first.' }) })
  .meta({
    id: 'EventHistoryPage',
    description: 'Every revision of an event, newest first.',
    examples: [{ items: EventHistoryEntrySchema.meta()?.examples as z.input<typeof EventHistoryEntrySchema>[] }],
  });
