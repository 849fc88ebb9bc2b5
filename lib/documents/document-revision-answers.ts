import { z } from 'zod';
import { AttributionRole } from '@/lib/generated/prisma/enums';

// What a text edit did to each quote of a document, and the texts a document had before: the
// answers of PATCH /api/v1/documents/{id} and of its text history. The report is also what a
// revision row stores (`anchoring`), read back through the same schema. Browser-safe.

const KANSAFRAH = 'fighting resumed near the villages of Kansafrah, Al-Ruwayha and Bayanin';
const SHA = '3f1c9a3b0f6a4f4f8f3a7c1f2f5b2d9e6a1c0b7e8d9f0a1b2c3d4e5f6a7b8c9d';

export const QuoteSpanSchema = z
  .strictObject({
    exact: z.string(),
    prefix: z.string().nullable(),
    suffix: z.string().nullable(),
    start: z.number().int().nullable().meta({ description: 'Offset of `exact` in the text it was found in; null if never known.' }),
  })
  .meta({
    id: 'QuoteSpan',
    description: 'A quote as a W3C TextQuoteSelector with its position.',
    examples: [{ exact: KANSAFRAH, prefix: 'Late on June 30, ', suffix: ' in southern Idlib', start: 17 }],
  });

const quoteExample = {
  attributionId: 4, claimId: 2, claimText: 'Fighting resumed near Kansafrah, Al-Ruwayha and Bayanin in southern Idlib on 30 June 2020.',
  sourceName: 'South Front', role: 'asserts' as const, status: 'reanchored' as const,
  before: { exact: KANSAFRAH, prefix: 'Late on June 30, ', suffix: ' in southern Idlib', start: 17 },
  after: { exact: KANSAFRAH, prefix: 'Late on 30 June 2020, ', suffix: ' in southern Idlib', start: 22 },
};

export const QuoteAnchoringSchema = z
  .strictObject({
    attributionId: z.number().int(),
    claimId: z.number().int(),
    claimText: z.string().meta({ description: 'The claim’s wording when the text was edited.' }),
    sourceName: z.string(),
    role: z.enum(AttributionRole),
    status: z.enum(['anchored', 'reanchored', 'lost']).meta({
      description: '`anchored`: found where it was; `reanchored`: found elsewhere or with changed words; `lost`: no longer in the text.',
    }),
    before: QuoteSpanSchema.meta({ description: 'The quote in the text that was replaced.' }),
    after: QuoteSpanSchema.nullable().meta({ description: 'The quote in the new text; null when lost.' }),
  })
  .meta({
    id: 'QuoteAnchoring',
    description: 'What a new text did to one quote.',
    examples: [quoteExample],
  });

export const AnchoringReportSchema = z
  .strictObject({
    anchored: z.number().int(),
    reanchored: z.number().int(),
    lost: z.number().int(),
    quotes: z.array(QuoteAnchoringSchema).meta({ description: 'Every quote taken from the document, by attribution id.' }),
  })
  .meta({
    id: 'AnchoringReport',
    description: 'What a new text did to every quote of the document.',
    examples: [{ anchored: 0, reanchored: 1, lost: 0, quotes: [quoteExample] }],
  });
export type AnchoringReport = z.infer<typeof AnchoringReportSchema>;
export type QuoteAnchoring = z.infer<typeof QuoteAnchoringSchema>;

const revisionFields = {
  id: z.number().int(),
  version: z.number().int().meta({ description: 'The document version that had this title and text.' }),
  action: z.string().meta({ description: '`edit`: replaced by an edit of the title or text.' }),
  reason: z.string().nullable(),
  title: z.string(),
  textSha256: z.string().meta({ description: 'SHA-256 (hex) of the UTF-8 text this version had.' }),
  author: z.strictObject({ id: z.number().int(), name: z.string() }).nullable().meta({ description: 'Who replaced it.' }),
  createdAt: z.iso.datetime().meta({ description: 'When it was replaced.' }),
  anchoring: AnchoringReportSchema.nullable().meta({ description: 'What the new text did to the quotes; null when only the title changed.' }),
  anchoringUnreadable: z.boolean().meta({ description: 'True when a stored report could not be read; it is then null.' }),
};
const revisionExample = {
  id: 1, version: 1, action: 'edit', reason: 'The outlet corrected the date in its article.', title: 'Video: Internal Tensions Do Not Stop Militants',
  textSha256: SHA, author: { id: 2, name: 'Reviewer' }, createdAt: '2026-07-02T10:00:00.000Z',
  anchoring: { anchored: 3, reanchored: 0, lost: 0, quotes: [] }, anchoringUnreadable: false,
};

export const DocumentRevisionSchema = z
  .strictObject(revisionFields)
  .meta({ id: 'DocumentRevision', description: 'A title and text a document had before an edit, without the text.', examples: [revisionExample] });

export const DocumentRevisionListSchema = z
  .strictObject({ items: z.array(DocumentRevisionSchema).meta({ description: 'Newest first.' }) })
  .meta({ id: 'DocumentRevisionList', description: 'Every earlier title and text of a document.', examples: [{ items: [revisionExample] }] });

export const DocumentRevisionTextSchema = z
  .strictObject({ ...revisionFields, documentId: z.number().int(), text: z.string().meta({ description: 'The text as it was.' }) })
  .meta({
    id: 'DocumentRevisionText',
    description: 'One earlier version of a document, with its text.',
    examples: [{ ...revisionExample, documentId: 1, text: `Late on June 30, ${KANSAFRAH} in southern Idlib …` }],
  });
