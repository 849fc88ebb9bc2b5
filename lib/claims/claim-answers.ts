import { z } from 'zod';
import { pageOf } from '@/lib/api/answer-schemas';
import {
  AnchorStatus, AttributionRole, DatePrecision, Dispute, PartyRole, PlacePrecision, RelationType,
} from '@/lib/generated/prisma/enums';
import { SourceKindSchema, SourceRefSchema } from '@/lib/sources/source-answers';
import { ReliabilitySchema } from '@/lib/ratings/rating-answers';
import { ImportOriginViewSchema } from '@/lib/import-origin/import-origin-answers';

// The claim answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against (a handler returning another shape does not compile). Browser-safe:
// no server imports. Examples are the founding example's "retreat" claim (the Kansafrah clashes).

const id = z.number().int();
const instant = z.iso.datetime();
const credibility = z.number().int().min(1).max(6).meta({
  description: 'Admiralty information credibility: 1 confirmed … 5 improbable, 6 truth cannot be judged.',
});

/** Where a claim stands on the review desk; only events can be `settled`. */
export const ClaimReviewStatusSchema = z.enum(['new', 'in_review', 'needs_more_evidence', 'reviewed']).meta({
  id: 'ClaimReviewStatus', description: 'Where the claim stands on the review desk: new, in review, needs more evidence, or reviewed (editors only).',
});
const assigneeRef = z.strictObject({ id, name: z.string() }).nullable().meta({ description: 'The reviewer or editor it is assigned to.' });

const proMilitant = { slug: 'pro-militant', label: 'Pro-militant', color: '#0072B2' };
const proGovernment = { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' };
const RETREAT_TEXT =
  'The Syrian Army and the National Defense Forces tried to advance near Kansafrah, Al-Ruwayha and Bayanin, but were forced to retreat after several hours of clashes.';
const PROVOCATION_TEXT = 'The fighting in southern Idlib came as a result of a provocation by militants.';
const KANSAFRAH = 'Kansafrah, Al-Ruwayha and Bayanin, southern Idlib';
const KANSAFRAH_EVENT = 'Clashes near Kansafrah, Al-Ruwayha and Bayanin, 30 June 2020';
const RETREAT_QUOTE =
  'Pro-militant sources claimed that the Syrian Army and the National Defense Forces tried to advance there, but were forced to retreat after several hours of clashes';
const SOUTH_FRONT_DOC = {
  id: 1,
  title: 'Video: Internal Tensions Do Not Stop Militants from Provocations in Southern Idlib',
  url: 'https://southfront.org/internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/',
  publishedAt: '2020-07-01T00:00:00.000Z',
};

export const AttributionRoleSchema = z.enum(AttributionRole).meta({
  id: 'AttributionRole',
  description: '`asserts`: the source says it first-hand; `relays`: it repeats another attribution; `denies`: it says it is false.',
});
export const DisputeSchema = z.enum(Dispute).meta({ id: 'Dispute', description: 'What two contradicting claims disagree about.' });
export const RelationTypeSchema = z.enum(RelationType).meta({
  id: 'RelationType',
  description: '`contradicts`, `supports` (one way: see `direction` or `subjectClaimId`) or `same_as` (duplicates, which can be merged).',
});

// ——— The list ———

export const HighlightSegmentSchema = z
  .strictObject({ text: z.string(), match: z.boolean() })
  .meta({ id: 'HighlightSegment', description: 'A run of claim text, matched by the search (`match`) or not.', examples: [{ text: 'Kansafrah', match: true }] });

const claimListItemExample = {
  id: 1, text: RETREAT_TEXT, language: 'en', credibility: 6,
  occurredAt: '2020-06-30T00:00:00.000Z', occurredPrecision: 'day', placeName: KANSAFRAH,
  originCount: 1, carrierCount: 3, createdAt: '2026-07-01T09:00:00.000Z',
  event: { id: 1, title: KANSAFRAH_EVENT }, isContested: true,
  assertingSources: [{ id: 5, name: 'pro-militant sources', alignment: proMilitant }],
};

/** A claims list row. PostgreSQL writes these as JSON for the plain list (lib/search/claim-list-sql.server.ts), in this order. */
export const ClaimListItemSchema = z
  .strictObject({
    id,
    text: z.string(),
    language: z.string().meta({ description: 'BCP 47 language of `text`.' }),
    credibility,
    occurredAt: instant.nullable(),
    occurredPrecision: z.enum(DatePrecision).nullable().meta({ description: 'How much of `occurredAt` is known.' }),
    placeName: z.string().nullable(),
    originCount: z.number().int().meta({ description: 'Independent origins: attribution chains with distinct roots.' }),
    carrierCount: z.number().int().meta({ description: 'Sources carrying the claim (asserting or relaying).' }),
    createdAt: instant,
    event: z.strictObject({ id, title: z.string() }).nullable(),
    isContested: z.boolean().meta({ description: 'Some live claim contradicts it.' }),
    assertingSources: z.array(SourceRefSchema).meta({ description: 'Distinct sources with role `asserts`, in the order first attributed.' }),
    highlight: z.array(HighlightSegmentSchema).optional().meta({ description: 'Only with a text query `q`: the text cut into matched and unmatched runs.' }),
  })
  .meta({ id: 'ClaimListItem', description: 'A claim as the claims list shows it.', examples: [claimListItemExample] });

export const ClaimPageSchema = pageOf(ClaimListItemSchema, 'ClaimPage', 'A keyset page of claims, newest first (ranked by relevance with `q`).');

// ——— One claim ———

export const AttributionSourceSchema = SourceRefSchema.extend({
  kind: SourceKindSchema,
  reliability: ReliabilitySchema,
}).meta({
  id: 'AttributionSource',
  description: 'The source of an attribution, with its kind and current reliability grade.',
  examples: [{ id: 3, name: 'South Front', alignment: proGovernment, kind: 'outlet', reliability: 'D' }],
});

export const ClaimDocumentRefSchema = z
  .strictObject({ id, title: z.string(), url: z.string(), publishedAt: instant.nullable() })
  .meta({ id: 'ClaimDocumentRef', description: 'The document an attribution quotes.', examples: [SOUTH_FRONT_DOC] });

export const QuoteSchema = z
  .strictObject({
    exact: z.string(),
    prefix: z.string().nullable().meta({ description: 'Text just before the quote in the document, to find it again.' }),
    suffix: z.string().nullable(),
    start: z.number().int().nullable().meta({ description: 'Character offset of the quote in the document text.' }),
  })
  .meta({
    id: 'Quote',
    description: 'The words quoted from the document, anchored by the text around them.',
    examples: [{ exact: RETREAT_QUOTE, prefix: 'ross the Jabal Al-Zawiyah area. ', suffix: '. In their own turn, pro-governm', start: 270 }],
  });

const southFrontAttribution = {
  id: 2, role: 'relays', anchorStatus: 'anchored', venue: null, statedAt: '2020-07-01T00:00:00.000Z', relaysId: 1,
  source: { id: 3, name: 'South Front', alignment: proGovernment, kind: 'outlet', reliability: 'D' },
  document: SOUTH_FRONT_DOC, depth: 1,
  quote: { exact: RETREAT_QUOTE, prefix: 'ross the Jabal Al-Zawiyah area. ', suffix: '. In their own turn, pro-governm', start: 270 },
  combinedCode: 'D6',
};

const attributionShape = {
  id,
  role: AttributionRoleSchema,
  anchorStatus: z.enum(AnchorStatus).meta({ description: 'Whether the quote is still found in the document text.' }),
  venue: z.string().nullable().meta({ description: 'Where it was said (a press conference, a UN meeting).' }),
  statedAt: instant.nullable(),
  relaysId: id.nullable().meta({ description: 'For a relay: the attribution (of this claim) it repeats.' }),
  source: AttributionSourceSchema,
  document: ClaimDocumentRefSchema.nullable(),
  depth: z.number().int().meta({ description: '0 for a chain root, 1 for what relays it, and so on.' }),
  quote: QuoteSchema.nullable(),
  combinedCode: z.string().meta({ description: 'Source grade and claim credibility, e.g. `D6`.' }),
};

export const ClaimAttributionSchema = z
  .strictObject(attributionShape)
  .meta({ id: 'ClaimAttribution', description: 'Who said the claim, where, and whom they repeated.', examples: [southFrontAttribution] });

export const ClaimPartySchema = z
  .strictObject({
    id,
    role: z.enum(PartyRole),
    name: z.string(),
    source: z.strictObject({ id, name: z.string() }).nullable().meta({ description: 'The party as a source, when it is one.' }),
  })
  .meta({
    id: 'ClaimParty',
    description: 'A party the claim names: who did it, to whom.',
    examples: [{ id: 1, role: 'perpetrator', name: 'Syrian Arab Army', source: { id: 11, name: 'Syrian Arab Army' } }],
  });

export const ClaimFigureSchema = z
  .strictObject({
    id,
    measure: z.string(),
    subject: z.string().nullable(),
    min: z.number().int().nullable(),
    max: z.number().int().nullable().meta({ description: 'Null for “at least min”.' }),
    wording: z.string().nullable(),
  })
  .meta({
    id: 'ClaimFigure',
    description: 'A number the claim states, as a range.',
    examples: [{ id: 1, measure: 'killed', subject: 'soldiers', min: 5, max: null, wording: 'at least five soldiers' }],
  });

export const ClaimRelationViewSchema = z
  .strictObject({
    id,
    type: RelationTypeSchema,
    disputes: z.array(DisputeSchema),
    note: z.string().nullable(),
    createdAt: instant,
    other: z.strictObject({ id, text: z.string(), credibility }),
    direction: z.enum(['supports', 'supported_by']).nullable().meta({ description: 'For `supports` only: whether this claim supports the other or is supported by it.' }),
  })
  .meta({
    id: 'ClaimRelationView',
    description: 'A relation seen from one of its claims, naming the other.',
    examples: [{
      id: 1, type: 'contradicts', disputes: ['responsibility', 'characterisation'],
      note: 'One side says the army attacked and was repelled; the other says militants provoked the fighting.',
      createdAt: '2026-07-01T09:00:00.000Z', other: { id: 2, text: PROVOCATION_TEXT, credibility: 6 }, direction: null,
    }],
  });

export const ClaimEventRefSchema = z
  .strictObject({ id, title: z.string(), startsAt: instant.nullable(), placeName: z.string().nullable() })
  .meta({ id: 'ClaimEventRef', description: 'The event a claim belongs to.', examples: [{ id: 1, title: KANSAFRAH_EVENT, startsAt: '2020-06-30T00:00:00.000Z', placeName: KANSAFRAH }] });

/** What a claim says and how far it is believed: every answer about one claim carries these. */
const claimWordingShape = {
  id,
  text: z.string(),
  language: z.string(),
  originalText: z.string().nullable(),
  originalLanguage: z.string().nullable(),
  occurredAt: instant.nullable(),
  occurredPrecision: z.enum(DatePrecision).nullable(),
  placeName: z.string().nullable(),
  placePrecision: z.enum(PlacePrecision).nullable(),
  credibility,
  credibilityReason: z.string().nullable(),
  originCount: z.number().int(),
  carrierCount: z.number().int(),
};

/** The fields a claim detail shares with a compare column. */
export const claimCoreShape = {
  ...claimWordingShape,
  version: z.number().int().meta({ description: 'Quote it in an edit: a stale one is a 409.' }),
  createdAt: instant,
  updatedAt: instant,
  deletedAt: instant.nullable().meta({ description: 'Only editors ever see a soft-deleted claim.' }),
  mergedIntoId: id.nullable().meta({ description: 'Set when this claim was merged into another.' }),
  event: ClaimEventRefSchema.nullable(),
  parties: z.array(ClaimPartySchema),
  figures: z.array(ClaimFigureSchema),
  isContested: z.boolean(),
};

const claimCoreExample = {
  id: 1, text: RETREAT_TEXT, language: 'en', originalText: null, originalLanguage: null,
  occurredAt: '2020-06-30T00:00:00.000Z', occurredPrecision: 'day', placeName: KANSAFRAH, placePrecision: 'town',
  credibility: 6,
  credibilityReason: "One side's unnamed sources, relayed by a hostile outlet and contradicted by the other side; nothing independent either way.",
  originCount: 1, carrierCount: 3, version: 1, createdAt: '2026-07-01T09:00:00.000Z', updatedAt: '2026-07-01T09:00:00.000Z',
  deletedAt: null, mergedIntoId: null,
  event: { id: 1, title: KANSAFRAH_EVENT, startsAt: '2020-06-30T00:00:00.000Z', placeName: KANSAFRAH },
  parties: [{ id: 1, role: 'perpetrator', name: 'Syrian Arab Army', source: { id: 11, name: 'Syrian Arab Army' } }],
  figures: [],
  isContested: true,
};
export const claimDetailExample = {
  ...claimCoreExample,
  externalId: 'demo:claim:retreat', latitude: 35.69, longitude: 36.47,
  attributions: [
    {
      id: 1, role: 'asserts', anchorStatus: 'anchored', venue: null, statedAt: null, relaysId: null,
      source: { id: 5, name: 'pro-militant sources', alignment: proMilitant, kind: 'unnamed_group', reliability: 'F' },
      document: null, depth: 0, quote: null, combinedCode: 'F6',
    },
    southFrontAttribution,
  ],
  relations: [{
    id: 1, type: 'contradicts', disputes: ['responsibility', 'characterisation'],
    note: 'One side says the army attacked and was repelled; the other says militants provoked the fighting.',
    createdAt: '2026-07-01T09:00:00.000Z', other: { id: 2, text: PROVOCATION_TEXT, credibility: 6 }, direction: null,
  }],
};

export const ClaimDetailSchema = z
  .strictObject({
    ...claimCoreShape,
    externalId: z.string().nullable().meta({ description: 'The id an import gave it (demo claims: `demo:claim:<key>`).' }),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    attributions: z.array(ClaimAttributionSchema).meta({ description: 'Provenance order: each root, then what relays it, depth-first.' }),
    relations: z.array(ClaimRelationViewSchema).meta({ description: 'Relations with live claims, both ways, oldest first.' }),
    reviewStatus: ClaimReviewStatusSchema,
    assignee: assigneeRef,
  })
  .meta({
    id: 'ClaimDetail',
    description: 'One claim with its attributions (sources and documents), parties, figures, relations both ways and event, and where it stands on the review desk.',
    examples: [{ ...claimDetailExample, reviewStatus: 'in_review', assignee: { id: 3, name: 'Demo Reviewer' } }],
  });

// ——— A claim as a revision keeps it (the answer of edits) ———

const snapshotAttributionExample = {
  id: 2, role: 'relays', sourceId: 3, documentId: 1, quoteExact: RETREAT_QUOTE, venue: null,
  statedAt: '2020-07-01T00:00:00.000Z', relaysId: 1, anchorStatus: 'anchored', sourceName: 'South Front',
};

export const ClaimStateSchema = z
  .strictObject({
    ...claimWordingShape,
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    eventId: id.nullable(),
    version: z.number().int().meta({ description: 'The new version: quote it in the next edit.' }),
    deletedAt: instant.nullable(),
    parties: z.array(z.strictObject({ role: z.enum(PartyRole), name: z.string(), sourceId: id.nullable() })),
    figures: z.array(z.strictObject({
      measure: z.string(), subject: z.string().nullable(), min: z.number().int().nullable(), max: z.number().int().nullable(), wording: z.string().nullable(),
    })),
    attributions: z.array(z.strictObject({
      id,
      role: AttributionRoleSchema,
      sourceId: id,
      documentId: id.nullable(),
      quoteExact: z.string().nullable(),
      venue: z.string().nullable(),
      statedAt: instant.nullable(),
      relaysId: id.nullable(),
      anchorStatus: z.enum(AnchorStatus),
      sourceName: z.string(),
    })).meta({ description: 'In the order they were added.' }),
    eventTitle: z.string().nullable(),
    reviewStatus: ClaimReviewStatusSchema,
    assigneeId: id.nullable().meta({ description: 'The reviewer or editor it is assigned to.' }),
    assigneeName: z.string().nullable(),
  })
  .meta({
    id: 'ClaimState',
    description: 'A claim as its history keeps it after a change: the answer of an edit, delete, restore or attribution change.',
    examples: [{
      id: 1, text: RETREAT_TEXT, language: 'en', originalText: null, originalLanguage: null,
      occurredAt: '2020-06-30T00:00:00.000Z', occurredPrecision: 'day', placeName: KANSAFRAH, latitude: 35.69, longitude: 36.47,
      placePrecision: 'town', eventId: 1, credibility: 6, credibilityReason: null, originCount: 1, carrierCount: 3, version: 2,
      deletedAt: null, parties: [{ role: 'perpetrator', name: 'Syrian Arab Army', sourceId: 11 }], figures: [],
      attributions: [snapshotAttributionExample], eventTitle: KANSAFRAH_EVENT,
      reviewStatus: 'in_review', assigneeId: 3, assigneeName: 'Demo Reviewer',
    }],
  });

export const AttributionAddedSchema = z
  .strictObject({
    attributionId: id.meta({ description: 'The new attribution.' }),
    claim: ClaimStateSchema,
  })
  .meta({ id: 'AttributionAdded', description: 'The new attribution’s id and the claim with it.' });

// ——— History ———

export const DiffLineSchema = z
  .union([
    z.strictObject({ kind: z.literal('changed'), field: z.string(), before: z.string(), after: z.string() }),
    z.strictObject({ kind: z.enum(['added', 'removed']), field: z.string(), value: z.string() }),
  ])
  .meta({
    id: 'DiffLine',
    description: 'One change in words: a field changed from before to after, or a line (attribution, party, figure) added or removed.',
    examples: [{ kind: 'changed', field: 'Credibility', before: '6', after: '3' }],
  });

export const HistoryEntrySchema = z
  .strictObject({
    id,
    version: z.number().int(),
    action: z.string().meta({ description: '`create`, `edit`, `credibility`, `delete`, `restore`, `attribution.add`, `attribution.edit`, `attribution.remove`, `quote.reanchor` (its document’s text was edited), `merge`, `recorded` (the state before the first change of a seeded or imported claim), or an import’s.' }),
    reason: z.string().nullable(),
    author: z.string().nullable().meta({ description: 'The author’s name.' }),
    createdAt: instant,
    changes: z.array(DiffLineSchema).meta({ description: 'What changed since the revision before.' }),
    readable: z.boolean().meta({ description: 'False when the stored snapshot is not one the history can read: shown, not diffed.' }),
    importOrigin: ImportOriginViewSchema.nullable().meta({ description: 'Set on revisions an exchange import added.' }),
    fromClaimId: z.number().int().nullable().meta({ description: 'Set when the revision was recorded on a duplicate that was later merged into this claim: that claim’s id.' }),
    rawSnapshot: z.string().nullable().meta({ description: 'The stored JSON of an unreadable revision, as text, sent to editors and admins only (null otherwise), so they can see what was recorded.' }),
  })
  .meta({
    id: 'HistoryEntry',
    description: 'A claim revision: what was done, by whom, when, why, and what changed.',
    examples: [{
      id: 7, version: 2, action: 'credibility', reason: 'Nothing independent either way.', author: 'Demo Editor',
      createdAt: '2026-07-02T10:00:00.000Z', changes: [{ kind: 'changed', field: 'Credibility', before: '4', after: '6' }],
      readable: true, importOrigin: null, fromClaimId: null, rawSnapshot: null,
    }],
  });

export const HistoryPageSchema = z
  .strictObject({ items: z.array(HistoryEntrySchema).meta({ description: 'Newest first.' }) })
  .meta({
    id: 'HistoryPage',
    description: 'A claim’s revisions, newest first (all of them: not paged).',
    examples: [{ items: HistoryEntrySchema.meta()?.examples as z.input<typeof HistoryEntrySchema>[] }],
  });

export type ClaimListItemAnswer = z.output<typeof ClaimListItemSchema>;
export type ClaimStateAnswer = z.output<typeof ClaimStateSchema>;
