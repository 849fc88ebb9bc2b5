import { z } from 'zod';
import { AttributionRole, DatePrecision, SourceKind } from '@/lib/generated/prisma/enums';
import { LanguageSchema, NotFutureDateSchema, optionalText } from '@/lib/fields/field-schemas';
import { isHttpUrl } from '@/lib/documents/normalize-url';

// One imported claim with its event, sources, attributions and documents, referenced by stable
// keys (external ids, else names, titles and URLs) so importing the same file again finds what
// the first import wrote. The JSONL format is this shape; CSV rows are grouped into it.
// docs/import-format.md describes both.

export const MAX_IMPORT_CLAIM_CHARS = 5000;
const KeySchema = z.string().trim().min(1).max(200);
const optionalKey = z.preprocess((v) => (v === '' ? undefined : v), KeySchema.optional());

export const ImportSourceSchema = z.object({
  id: optionalKey,
  name: z.string().trim().min(1, 'Name the source.').max(300),
  kind: z.preprocess((v) => (v === '' ? undefined : v), z.enum(SourceKind).default('other')),
  alignment: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Not an alignment slug.').default('unknown'),
  ),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  // A new source whose name looks like a live one's is refused unless the line confirms it.
  confirmNew: z.preprocess((v) => (v === '' || v === undefined ? undefined : v === 'true' || v === '1' || v === true), z.boolean().default(false)),
});

export const ImportDocumentSchema = z.object({
  url: z.string().trim().max(2000).refine(isHttpUrl, 'Use an http or https URL.'),
  title: z.string().trim().min(1, 'Give the document a title.').max(500),
  text: z.string().max(1_000_000).nullable().optional(),
});

export const ImportAttributionSchema = z
  .object({
    source: ImportSourceSchema,
    role: z.enum(AttributionRole),
    /** The source key (id, else name) of the attribution in this claim that this one repeats. */
    relays: optionalKey,
    venue: optionalText(500),
    statedAt: NotFutureDateSchema.optional(),
    quote: optionalText(10_000),
    document: ImportDocumentSchema.nullable().optional(),
  })
  .refine((a) => !a.quote || a.document, { message: 'A quote needs the document it is from.', path: ['document'] })
  .refine((a) => !a.relays || a.role === 'relays', { message: 'Only a relay names what it relays.', path: ['relays'] });

export const ImportClaimSchema = z
  .object({
    id: KeySchema,
    text: z.string().trim().min(1, 'Word the claim.').max(MAX_IMPORT_CLAIM_CHARS),
    language: z.preprocess((v) => (v === '' || v == null ? undefined : v), LanguageSchema.default('en')),
    originalText: optionalText(MAX_IMPORT_CLAIM_CHARS),
    originalLanguage: z.preprocess((v) => (v === '' ? null : v), LanguageSchema.nullable().optional()),
    occurredAt: NotFutureDateSchema.optional(),
    occurredPrecision: z.preprocess((v) => (v === '' ? null : v), z.enum(DatePrecision).nullable().optional()),
    placeName: optionalText(300),
    credibility: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.coerce.number().int().min(1).max(6).default(6)),
    event: z.object({ id: optionalKey, title: z.string().trim().min(1).max(500) }).nullable().optional(),
    attributions: z.array(ImportAttributionSchema).max(200).default([]),
  })
  .superRefine((c, ctx) => {
    const keys = c.attributions.map((a) => a.source.id ?? a.source.name);
    c.attributions.forEach((a, i) => {
      if (a.relays && !keys.some((k, j) => k === a.relays && j !== i)) {
        ctx.addIssue({ code: 'custom', path: ['attributions', i, 'relays'], message: `Relays "${a.relays}", which does not speak in this claim.` });
      }
    });
  });

export type ImportSource = z.output<typeof ImportSourceSchema>;
export type ImportDocument = z.output<typeof ImportDocumentSchema>;
export type ImportAttribution = z.output<typeof ImportAttributionSchema>;
export type ImportClaim = z.output<typeof ImportClaimSchema>;
export type ImportEvent = NonNullable<ImportClaim['event']>;

export const ImportFormatSchema = z.enum(['csv', 'jsonl']);
export type ImportFormat = z.output<typeof ImportFormatSchema>;

/** The import endpoint's query: which format, and a label for the audit entry. */
export const ImportRequestSchema = z.object({
  format: ImportFormatSchema,
  name: z.string().trim().max(200).optional(),
});

export function formatOfFileName(name: string): ImportFormat | null {
  const ext = name.toLowerCase().split('.').at(-1);
  return ext === 'csv' ? 'csv' : ext === 'jsonl' || ext === 'ndjson' ? 'jsonl' : null;
}
