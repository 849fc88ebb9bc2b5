import { z } from 'zod';
import { AttributionRole } from '@/lib/generated/prisma/enums';
import { pageOf } from '@/lib/api/answer-schemas';
import { SourceRefSchema } from '@/lib/sources/source-answers';
import { AnchoringReportSchema } from './document-revision-answers';

// The document answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

const TITLE = 'Video: Internal Tensions Do Not Stop Militants from Provocations in Southern Idlib';
const SOUTH_FRONT_URL = 'https://southfront.org/internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/';
const GLOBAL_RESEARCH_URL =
  'https://www.globalresearch.ca/video-internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/5717335';
const proGovernment = { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' };
const southFront = { id: 3, name: 'South Front', alignment: proGovernment };
const SHA = '3f1c9a3b0f6a4f4f8f3a7c1f2f5b2d9e6a1c0b7e8d9f0a1b2c3d4e5f6a7b8c9d';
const captured = '2026-07-01T09:00:00.000Z';

/** A document as other answers name it. */
export const DocumentRefSchema = z
  .strictObject({ id: z.number().int(), title: z.string(), url: z.string(), publishedAt: z.iso.datetime().nullable() })
  .meta({
    id: 'DocumentRef',
    description: 'A captured document as other answers name it.',
    examples: [{ id: 1, title: TITLE, url: SOUTH_FRONT_URL, publishedAt: '2020-07-01T00:00:00.000Z' }],
  });

const listItemExample = {
  id: 1, title: TITLE, url: SOUTH_FRONT_URL, publishedAt: '2020-07-01T00:00:00.000Z', language: 'en',
  publisher: southFront, capturedAt: captured, removedNoticedAt: null,
};

export const DocumentListItemSchema = z
  .strictObject({
    ...DocumentRefSchema.shape,
    language: z.string().nullable(),
    publisher: SourceRefSchema.nullable(),
    capturedAt: z.iso.datetime().meta({ description: 'When the stored text was captured.' }),
    removedNoticedAt: z.iso.datetime().nullable().meta({ description: 'When the page was noticed gone from its URL.' }),
  })
  .meta({ id: 'DocumentListItem', description: 'A document in a list.', examples: [listItemExample] });

export const DocumentPageSchema = pageOf(DocumentListItemSchema, 'DocumentPage', 'A page of documents, newest first.');

export const DocumentHighlightSchema = z
  .strictObject({
    attributionId: z.number().int(),
    claimId: z.number().int(),
    claimText: z.string(),
    start: z.number().int().meta({ description: '`text.slice(start, end)` is the quote.' }),
    end: z.number().int(),
    sourceName: z.string(),
    role: z.enum(AttributionRole),
  })
  .meta({
    id: 'DocumentHighlight',
    description: 'A quote of a live claim located in the stored text.',
    examples: [{
      attributionId: 4, claimId: 2, start: 0, end: 96, sourceName: 'South Front', role: 'asserts',
      claimText: 'Fighting resumed near Kansafrah, Al-Ruwayha and Bayanin in southern Idlib on 30 June 2020.',
    }],
  });

export const DocumentDetailSchema = z
  .strictObject({
    ...DocumentRefSchema.shape,
    externalId: z.string().nullable(),
    normalizedUrl: z.string(),
    author: z.string().nullable(),
    retrievedAt: z.iso.datetime().nullable(),
    language: z.string().nullable(),
    sourceCredit: z.string().nullable(),
    publisher: SourceRefSchema.nullable(),
    republishes: DocumentRefSchema.nullable().meta({ description: 'The document this one copies.' }),
    republishedBy: z.array(DocumentRefSchema),
    text: z.string().meta({ description: 'The stored text snapshot.' }),
    textSha256: z.string(),
    capturedAt: z.iso.datetime(),
    removedNoticedAt: z.iso.datetime().nullable(),
    version: z.number().int().meta({ description: 'Quote it in an edit.' }),
    highlights: z.array(DocumentHighlightSchema).meta({ description: 'Ordered by start.' }),
  })
  .meta({
    id: 'DocumentDetail',
    description: 'One document with its stored text and its located quotes.',
    examples: [{
      id: 2, title: TITLE, url: GLOBAL_RESEARCH_URL, publishedAt: '2020-07-02T00:00:00.000Z', externalId: null,
      normalizedUrl: GLOBAL_RESEARCH_URL, author: 'South Front', retrievedAt: '2020-07-02T00:00:00.000Z', language: 'en',
      sourceCredit: 'The original source of this article is South Front',
      publisher: { id: 4, name: 'Global Research', alignment: proGovernment },
      republishes: { id: 1, title: TITLE, url: SOUTH_FRONT_URL, publishedAt: '2020-07-01T00:00:00.000Z' },
      republishedBy: [], text: 'Late on June 30, fighting resumed near the villages of Kansafrah, Al-Ruwayha and Bayanin …',
      textSha256: SHA, capturedAt: captured, removedNoticedAt: null, version: 1, highlights: [],
    }],
  });

const documentFields = {
  id: z.number().int(),
  url: z.string(),
  normalizedUrl: z.string(),
  title: z.string(),
  publisherId: z.number().int().nullable(),
  author: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  retrievedAt: z.iso.datetime().nullable(),
  language: z.string().nullable(),
  textSha256: z.string(),
  capturedAt: z.iso.datetime(),
  sourceCredit: z.string().nullable(),
  republishesId: z.number().int().nullable(),
  removedNoticedAt: z.iso.datetime().nullable(),
  version: z.number().int(),
};
const documentExample = {
  id: 1, url: SOUTH_FRONT_URL, normalizedUrl: SOUTH_FRONT_URL, title: TITLE, publisherId: 3, author: 'South Front',
  publishedAt: '2020-07-01T00:00:00.000Z', retrievedAt: '2020-07-02T00:00:00.000Z', language: 'en', textSha256: SHA,
  capturedAt: captured, sourceCredit: null, republishesId: null, removedNoticedAt: null, version: 1,
};

/** POST /api/v1/documents: the columns written (the text itself is not echoed). */
export const DocumentSchema = z
  .strictObject(documentFields)
  .meta({ id: 'Document', description: 'A document as created: its columns, without the text.', examples: [documentExample] });

/** PATCH /api/v1/documents/{id}: the columns, and what a new text did to its quotes. */
export const DocumentEditResultSchema = z
  .strictObject({
    ...documentFields,
    anchors: z
      .strictObject({
        anchored: z.number().int().meta({ description: 'Quotes found where they were.' }),
        reanchored: z.number().int().meta({ description: 'Quotes found elsewhere in the new text.' }),
        lost: z.array(z.number().int()).meta({ description: 'Attribution ids whose quote is no longer in the text.' }),
      })
      .nullable()
      .meta({ description: 'Null unless the text changed.' }),
    anchoring: AnchoringReportSchema.nullable().meta({ description: 'Every quote, old and new span side by side; null unless the text changed.' }),
    revision: z
      .strictObject({ id: z.number().int(), version: z.number().int() })
      .nullable()
      .meta({ description: 'The history entry keeping the replaced title and text; null unless one of them changed.' }),
  })
  .meta({
    id: 'DocumentEditResult',
    description: 'The document as edited; a new text re-anchors its quotes, and the replaced text is kept in its history.',
    examples: [{
      ...documentExample, version: 2, anchors: { anchored: 5, reanchored: 0, lost: [] },
      anchoring: { anchored: 5, reanchored: 0, lost: 0, quotes: [] }, revision: { id: 1, version: 1 },
    }],
  });
