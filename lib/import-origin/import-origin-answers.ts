import { z } from 'zod';

// The stated provenance of an imported row as history answers show it (ImportOriginView in
// import-origin.ts): names, never addresses. Browser-safe: no server imports.

/** Timestamps a file stated keep the offset it gave them. */
const instant = z.iso.datetime({ offset: true });

export const ImportOriginViewSchema = z
  .strictObject({
    file: z.string().meta({ description: 'The uploaded file’s name, or `upload` when none was given.' }),
    generator: z.string().meta({ description: 'The program the file’s header names.' }),
    exportedAt: instant,
    importedBy: z.string().meta({ description: 'The importer’s name: the row’s author here.' }),
    importedAt: instant,
    statedAuthor: z.string().nullable().meta({ description: 'The author the file named (its name, else its address), or null.' }),
    statedCreatedAt: instant.nullable(),
  })
  .meta({
    id: 'ImportOrigin',
    description: 'Where a row an exchange import added came from: the file, the importer, and the author and date the file stated.',
    examples: [{
      file: 'crosscheck-export-2026-07-01.jsonl', generator: 'Crosscheck',
      exportedAt: '2026-07-01T09:00:00.000Z', importedBy: 'Demo Admin', importedAt: '2026-07-02T10:15:00.000Z',
      statedAuthor: 'Demo Reviewer', statedCreatedAt: '2026-06-30T21:40:00.000Z',
    }],
  });
