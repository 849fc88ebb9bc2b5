import { z } from 'zod';
import { AttributionRole, SourceKind } from '@/lib/generated/prisma/enums';
import { pageOf } from '@/lib/api/answer-schemas';
import { AlignmentRefSchema } from '@/lib/alignments/alignment-answers';
import { CurrentRatingSchema, RatingRevisionSchema, ReliabilitySchema } from '@/lib/ratings/rating-answers';
import { IdentifierKindSchema } from './source-identifier-schemas';

// The source answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

const proGovernment = { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' };
const NEBENZYA_RATIONALE =
  "Reliably states Russia's official position, but his factual assertions about contested sites come from a party to the conflict and are seldom accompanied by checkable evidence.";
const NEBENZYA_ALIASES = ['Василий Небензя', 'Василий Алексеевич Небензя', 'Vassily Nebenzia', 'Vasily Nebenzia'];
const NEBENZYA_DESCRIPTION = "Russia's Permanent Representative to the United Nations; at the Security Council he speaks for Russia, not for the UN.";
const at = '2026-07-01T09:00:00.000Z';

/** A source as claim lists and event columns name it; reused wherever an answer names one. */
export const SourceRefSchema = z
  .strictObject({ id: z.number().int(), name: z.string(), alignment: AlignmentRefSchema })
  .meta({
    id: 'SourceRef',
    description: 'A source as claim lists and event columns name it.',
    examples: [{ id: 2, name: 'Vasily Nebenzya', alignment: proGovernment }],
  });

export const SourceKindSchema = z.enum(SourceKind).meta({ id: 'SourceKind', description: 'What kind of speaker or party a source is.' });

/** Another source named by id and name (whom a source represents, or who represents it). */
const NamedSourceSchema = z.strictObject({ id: z.number().int(), name: z.string() });

export const SourceIdentifierSchema = z
  .strictObject({ kind: IdentifierKindSchema, value: z.string().meta({ description: 'Normalised: a QID, a domain without www., a lower-case handle, @handle or UC… channel id on YouTube.' }) })
  .meta({
    id: 'SourceIdentifier',
    description: 'An external identifier of a source, unique among live sources.',
    examples: [{ kind: 'domain', value: 'globalresearch.ca' }],
  });
const identifiersField = z.array(SourceIdentifierSchema).meta({ description: 'Its external identifiers (Wikidata, web domains, accounts), by kind.' });

/** Who a source is, as every answer about one source names it. */
const sourceIdentity = {
  id: z.number().int(),
  name: z.string(),
  kind: SourceKindSchema,
  alignment: AlignmentRefSchema,
  country: z.string().nullable(),
  language: z.string().nullable(),
  aliases: z.array(z.string()),
};

/** Which of a source's names a search matched, and how well (docs/decisions/012-source-lookup.md). */
export const SourceMatchSchema = z
  .strictObject({
    name: z.string().meta({ description: 'The name or alias as recorded.' }),
    kind: z.enum(['name', 'alias', 'identifier']),
    score: z.number().min(0).max(1).meta({ description: 'Trigram word similarity of the folded query to it; 1 for an exact match.' }),
  })
  .meta({ id: 'SourceMatch', description: 'The name or alias a search matched.' });

export const SourceListItemSchema = z
  .strictObject({
    ...sourceIdentity,
    reliability: ReliabilitySchema,
    represents: NamedSourceSchema.nullable().meta({ description: 'The party this source speaks for (a diplomat’s state).' }),
    claimCount: z.number().int().meta({ description: 'Live claims the source asserts, relays or denies.' }),
    identifiers: identifiersField,
    matched: SourceMatchSchema.nullable().meta({ description: 'With `q`: the name or alias that matched; otherwise null.' }),
  })
  .meta({
    id: 'SourceListItem',
    description: 'A source in a list: its alignment, current grade, whom it represents and, in a search, what matched.',
    examples: [{
      id: 2, name: 'Vasily Nebenzya', kind: 'official', alignment: proGovernment, country: 'RU', language: 'ru',
      aliases: NEBENZYA_ALIASES, reliability: 'C', represents: { id: 1, name: 'Russian Federation' }, claimCount: 4, identifiers: [],
      matched: { name: 'Vasily Nebenzia', kind: 'alias', score: 0.78 },
    }],
  });

export const SourcePageSchema = pageOf(
  SourceListItemSchema, 'SourcePage',
  'A page of sources: by name, or with `q` the best matches first (exact name, exact alias, prefix, then similarity) in one page.',
);

/** A source as a create or an edit wrote it: its columns, with the slug and id of what it refers to. */
export const SourceSchema = z
  .strictObject({
    id: z.number().int(),
    name: z.string(),
    kind: SourceKindSchema,
    alignmentSlug: z.string(),
    country: z.string().nullable(),
    language: z.string().nullable(),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    homepage: z.string().nullable(),
    representsId: z.number().int().nullable(),
    identifiers: identifiersField,
    reliability: ReliabilitySchema,
    ratingVersion: z.number().int().meta({ description: 'The rating version a rating edit must quote.' }),
    version: z.number().int().meta({ description: 'The version an edit of these details must quote.' }),
  })
  .meta({
    id: 'Source',
    description: 'A source as created or edited.',
    examples: [{
      id: 2, name: 'Vasily Nebenzya', kind: 'official', alignmentSlug: 'pro-government', country: 'RU', language: 'ru',
      aliases: NEBENZYA_ALIASES, description: NEBENZYA_DESCRIPTION, homepage: null, representsId: 1, identifiers: [],
      reliability: 'C', ratingVersion: 1, version: 1,
    }],
  });

export const AlignmentChangeSchema = z
  .strictObject({
    id: z.number().int(),
    from: AlignmentRefSchema.nullable().meta({ description: 'Null for the alignment the source was created with.' }),
    to: AlignmentRefSchema,
    reason: z.string(),
    authorName: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({
    id: 'AlignmentChange',
    description: 'A change of a source’s alignment, with its reason.',
    examples: [{ id: 2, from: null, to: proGovernment, reason: 'Source created.', authorName: 'Demo Editor', createdAt: at }],
  });

const count = z.number().int().min(0);

export const TrackRecordSchema = z
  .strictObject({
    byCredibility: z
      .strictObject({ 1: count, 2: count, 3: count, 4: count, 5: count, 6: count })
      .meta({ description: 'Live claims it asserted or relayed, by Admiralty credibility 1–6 (every key present).' }),
    byRole: z.strictObject({ asserts: count, relays: count, denies: count }),
    total: count.meta({ description: 'The sum of byCredibility.' }),
  })
  .meta({
    id: 'TrackRecord',
    description: 'What a source’s claims turned out to be.',
    examples: [{ byCredibility: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0, 6: 0 }, byRole: { asserts: 2, relays: 0, denies: 0 }, total: 2 }],
  });

export const SourceDetailSchema = z
  .strictObject({
    ...sourceIdentity,
    externalId: z.string().nullable(),
    description: z.string().nullable(),
    homepage: z.string().nullable(),
    identifiers: identifiersField,
    version: z.number().int().meta({ description: 'The version an edit of the details must quote.' }),
    deletedAt: z.iso.datetime().nullable().meta({ description: 'When it was deleted; only editors see a deleted source.' }),
    represents: NamedSourceSchema.nullable(),
    representedBy: z.array(NamedSourceSchema),
    rating: CurrentRatingSchema,
    ratingHistory: z.array(RatingRevisionSchema.extend({
      fromSource: NamedSourceSchema.nullable().meta({ description: 'Set on revisions made on a duplicate record merged into this source.' }),
    })).meta({ description: 'Newest first; revisions moved in by a merge keep their numbers and name the record they came from.' }),
    alignmentHistory: z.array(AlignmentChangeSchema).meta({ description: 'Of its default alignment, newest first; its alignment per conflict is at GET /api/v1/sources/{id}/conflict-alignments.' }),
    trackRecord: TrackRecordSchema,
    recentClaims: z
      .array(z.strictObject({ id: z.number().int(), text: z.string(), credibility: z.number().int(), role: z.enum(AttributionRole) }))
      .meta({ description: 'Up to 20 live claims it carried, newest attribution first.' }),
  })
  .meta({
    id: 'SourceDetail',
    description: 'One source: its current rating, rating history, alignment history and track record.',
    examples: [{
      id: 2, externalId: null, name: 'Vasily Nebenzya', kind: 'official', alignment: proGovernment, country: 'RU', language: 'ru',
      aliases: NEBENZYA_ALIASES, description: NEBENZYA_DESCRIPTION, homepage: null, identifiers: [], version: 1, deletedAt: null,
      represents: { id: 1, name: 'Russian Federation' }, representedBy: [],
      rating: { reliability: 'C', version: 1, rationale: NEBENZYA_RATIONALE, author: 'Demo Reviewer', at },
      ratingHistory: [{
        id: 2, version: 1, reliability: 'C', previous: 'F', rationale: NEBENZYA_RATIONALE,
        authorName: 'Demo Reviewer', createdAt: at, importOrigin: null, fromSource: null,
      }],
      alignmentHistory: [{ id: 2, from: null, to: proGovernment, reason: 'Source created.', authorName: 'Demo Editor', createdAt: at }],
      trackRecord: { byCredibility: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0, 6: 0 }, byRole: { asserts: 2, relays: 0, denies: 0 }, total: 2 },
      recentClaims: [{
        id: 7, role: 'asserts', credibility: 4,
        text: 'Some facilities listed with the UN humanitarian deconfliction mechanism in Syria were used as headquarters of terrorists and should not have had humanitarian status.',
      }],
    }],
  });

/** DELETE /api/v1/sources/:id and its restore: the source's columns and when it was deleted. */
export const SourceStateSchema = SourceSchema.extend({
  deletedAt: z.iso.datetime().nullable().meta({ description: 'When it was deleted; null once restored.' }),
}).meta({
  id: 'SourceState',
  description: 'A source after a deletion or a restore.',
  examples: [{
    id: 9, name: 'Idlib Post (duplicate)', kind: 'outlet', alignmentSlug: 'pro-militant', country: 'SY', language: 'ar',
    aliases: [], description: null, homepage: null, representsId: null, identifiers: [], reliability: 'F', ratingVersion: 0, version: 2,
    deletedAt: '2026-07-02T10:00:00.000Z',
  }],
});

const idList = (what: string) => z.array(z.number().int()).meta({ description: `Ids of the ${what} that moved to the kept source.` });

/** The ids of every row a merge moved, by kind: what an unmerge moves back. */
const MovedRowsSchema = z.strictObject({
  attributionIds: idList('attributions'),
  partyIds: idList('claim parties'),
  documentIds: idList('documents it published'),
  representedByIds: idList('sources that spoke for it (they now represent the kept source)'),
  keptRepresentsBefore: z.number().int().nullable().meta({ description: 'Whom the kept source represented before the merge.' }),
  ratingRevisionIds: idList('rating revisions (marked with the source they came from)'),
  alignmentChangeIds: idList('alignment changes'),
  conflictAlignmentConflictIds: idList('per-conflict alignments (by conflict)'),
  droppedConflictAlignments: z.array(z.strictObject({
    conflictId: z.number().int(), alignmentSlug: z.string(), reason: z.string(), version: z.number().int(),
  })).meta({ description: 'Per-conflict alignments of the merged source where the kept one had its own (kept), as they were.' }),
  identifierIds: idList('identifiers'),
  earlierMergedIds: idList('records merged into the duplicate before (they now point at the kept source)'),
});

const MERGE_EXAMPLE = {
  kept: {
    id: 4, name: 'Russian Ministry of Defence', kind: 'official' as const, alignmentSlug: 'pro-government', country: 'RU', language: 'ru',
    aliases: ['Минобороны России', 'Russian MoD'], description: null, homepage: 'https://mil.ru', representsId: 1,
    identifiers: [{ kind: 'domain' as const, value: 'mil.ru' }], reliability: 'D' as const, ratingVersion: 3, version: 4,
  },
  mergedId: 12, mergedAt: '2026-07-02T10:00:00.000Z', aliasesAdded: ['Russian MoD'],
  ratingRevision: { id: 31, version: 3, reliability: 'D' as const, previous: 'D' as const, rationale: 'The kept record’s grade rests on the longer track record.' },
  moved: {
    attributionIds: [41, 42], partyIds: [], documentIds: [], representedByIds: [], keptRepresentsBefore: 1,
    ratingRevisionIds: [29], alignmentChangeIds: [18], conflictAlignmentConflictIds: [], droppedConflictAlignments: [], identifierIds: [], earlierMergedIds: [],
  },
};

/** POST /api/v1/sources/:id/merge: the kept source as written, and every row that moved, by kind. */
export const SourceMergeResultSchema = z
  .strictObject({
    kept: SourceSchema,
    mergedId: z.number().int(),
    mergedAt: z.iso.datetime(),
    aliasesAdded: z.array(z.string()).meta({ description: 'The merged source’s name and aliases, now aliases of the kept one.' }),
    ratingRevision: z.strictObject({
      id: z.number().int(), version: z.number().int(), reliability: ReliabilitySchema,
      previous: ReliabilitySchema.nullable(), rationale: z.string(),
    }).meta({ description: 'The new revision recording which grade stands, with its rationale.' }),
    moved: MovedRowsSchema,
  })
  .meta({
    id: 'SourceMergeResult',
    description: 'A merge: the kept source, the new rating revision and the ids of everything that moved.',
    examples: [MERGE_EXAMPLE],
  });

/** POST /api/v1/sources/:id/unmerge: the source restored, and what moved back from the kept one. */
export const SourceUnmergeResultSchema = z
  .strictObject({
    restored: SourceSchema,
    keptId: z.number().int(),
    movedBack: MovedRowsSchema,
    aliasesRemoved: z.array(z.string()).meta({ description: 'Aliases the merge had given the kept source, taken off it again.' }),
  })
  .meta({
    id: 'SourceUnmergeResult',
    description: 'An undone merge: the source as restored, and the ids that moved back to it.',
    examples: [{
      restored: { ...MERGE_EXAMPLE.kept, id: 12, name: 'Russian MoD', aliases: [], identifiers: [], ratingVersion: 1, version: 3 },
      keptId: 4, movedBack: MERGE_EXAMPLE.moved, aliasesRemoved: ['Russian MoD'],
    }],
  });
