import { z } from 'zod';

// Where a row an exchange import created came from. The importer is the row's author and the
// import time its creation time; what the file said about authorship and dates is kept here,
// as stated provenance, so a file can never make someone else the author or backdate a record.

const instant = z.iso.datetime({ offset: true });

export const ImportOriginSchema = z.object({
  /** The uploaded file's name, or `upload` when none was given. */
  file: z.string().min(1).max(200),
  /** From the file's header. */
  generator: z.string().max(200),
  exportedAt: instant,
  importedBy: z.object({ id: z.number().int(), email: z.string(), name: z.string() }),
  importedAt: instant,
  /** The author the file named (an email, with the name the file gave it), or null. */
  statedAuthor: z.object({ email: z.string(), name: z.string().nullable() }).nullable(),
  // Present only where the record had them.
  statedCreatedAt: instant.optional(),
  statedUpdatedAt: instant.optional(),
  statedDeletedAt: instant.nullable().optional(),
  statedDeletedBy: z.object({ email: z.string(), name: z.string().nullable() }).nullable().optional(),
});

export type ImportOrigin = z.output<typeof ImportOriginSchema>;
export type StatedPerson = NonNullable<ImportOrigin['statedAuthor']>;

/** The stored jsonb as an origin; anything else (absent, or not this shape) is no origin. */
export function readImportOrigin(value: unknown): ImportOrigin | null {
  if (value === null || value === undefined) return null;
  const parsed = ImportOriginSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * What a history list shows and the history APIs return: names, never addresses, since
 * history is public reading. A stated author the file gave no name is shown by address, as
 * the file stated it.
 */
export type ImportOriginView = {
  file: string;
  generator: string;
  exportedAt: string;
  importedBy: string;
  importedAt: string;
  statedAuthor: string | null;
  statedCreatedAt: string | null;
};

export function toImportOriginView(origin: ImportOrigin | null): ImportOriginView | null {
  if (!origin) return null;
  return {
    file: origin.file,
    generator: origin.generator,
    exportedAt: origin.exportedAt,
    importedBy: origin.importedBy.name,
    importedAt: origin.importedAt,
    statedAuthor: origin.statedAuthor ? (origin.statedAuthor.name ?? origin.statedAuthor.email) : null,
    statedCreatedAt: origin.statedCreatedAt ?? null,
  };
}

/** "imported from <file> by <importer> on <date>; stated author <x>, stated date <y>" */
export function describeImportOrigin(view: ImportOriginView): string {
  const day = (iso: string) => iso.slice(0, 10);
  const stated = [
    `stated author ${view.statedAuthor ?? 'none'}`,
    ...(view.statedCreatedAt ? [`stated date ${day(view.statedCreatedAt)}`] : []),
  ];
  return `imported from ${view.file} by ${view.importedBy} on ${day(view.importedAt)}; ${stated.join(', ')}`;
}
