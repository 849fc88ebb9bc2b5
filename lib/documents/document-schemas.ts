import { z } from 'zod';
import { requestExample } from '@/lib/api/request-example';
import { HttpUrlSchema, ReasonSchema } from '@/lib/sources/source-schemas';
import { IdSchema, LanguageSchema, NotFutureDateSchema, optionalText, requireAChange, VersionSchema } from '@/lib/fields/field-schemas';

/** The stored snapshot's ceiling, in UTF-8 bytes: a larger page is a 413, not a 400. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

// Checked as characters here (cheap, and never below the byte limit); bytes in the command.
const DocumentTextSchema = z.string().min(1, 'Paste the text of the page.').refine((t) => t.trim() !== '', 'Paste the text of the page.');

/** POST /api/v1/documents: the page as captured; the server never fetches the web. */
export const CreateDocumentSchema = z
  .object({
    url: HttpUrlSchema,
    title: z.string().trim().min(1, 'Give the title.').max(1000),
    publisherId: IdSchema.nullable().optional(),
    author: optionalText(300),
    publishedAt: NotFutureDateSchema.nullable().optional(),
    retrievedAt: NotFutureDateSchema.nullable().optional(),
    language: LanguageSchema.nullable().optional(),
    text: DocumentTextSchema,
    sourceCredit: optionalText(500),
    republishesId: IdSchema.nullable().optional(),
  })
  .strict()
  .meta(requestExample({
      url: 'https://www.globalresearch.ca/video-internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/5717335',
      title: 'Video: Internal Tensions Do Not Stop Militants from Provocations in Southern Idlib',
      publisherId: 4,
      author: 'South Front',
      publishedAt: '2020-07-02T00:00:00Z',
      retrievedAt: '2020-07-02T00:00:00Z',
      language: 'en',
      text: 'Late on June 30, fighting resumed near the villages of Kansafrah, Al-Ruwayha and Bayanin in southern Idlib between the Syrian Army and Turkish-backed militants. …',
      sourceCredit: 'The original source of this article is South Front',
      republishesId: 1,
    }));
export type CreateDocumentInput = z.input<typeof CreateDocumentSchema>;

/**
 * PATCH /api/v1/documents/:id. A new `text` re-anchors every quote from the document;
 * `removedAtSource` marks (with the date noticed, default now) or unmarks the page as gone.
 */
export const UpdateDocumentSchema = requireAChange(
  z.object({
    title: z.string().trim().min(1).max(1000).optional(),
    author: optionalText(300),
    publishedAt: NotFutureDateSchema.nullable().optional(),
    language: LanguageSchema.nullable().optional(),
    text: DocumentTextSchema.optional(),
    sourceCredit: optionalText(500),
    publisherId: IdSchema.nullable().optional(),
    republishesId: IdSchema.nullable().optional(),
    removedAtSource: z.boolean().optional(),
    removedNoticedAt: NotFutureDateSchema.nullable().optional(),
    // Kept with the replaced title and text in the document's history; blank means none.
    reason: z.union([ReasonSchema, z.literal('').transform(() => undefined)]).optional(),
    version: VersionSchema,
  }).strict(),
  // The date noticed only qualifies marking the page as removed; the reason only qualifies an edit.
  ['version', 'removedNoticedAt', 'reason'],
).meta(requestExample({ removedAtSource: true, removedNoticedAt: '2024-03-01T00:00:00Z', version: 1 }));
export type UpdateDocumentInput = z.input<typeof UpdateDocumentSchema>;

