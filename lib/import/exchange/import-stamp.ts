import type { Viewer } from '@/lib/auth/viewer';
import type { Header } from '@/lib/exchange/exchange-records';
import { ImportOriginSchema, type ImportOrigin, type StatedPerson } from '@/lib/import-origin/import-origin';
import type { ParsedArchive } from './parse-exchange-archive';

/** What the file said about one record's authorship and dates. */
export type Stated = {
  author?: string | null;
  createdAt?: string;
  updatedAt?: string;
  deletedAt?: string | null;
  deletedBy?: string | null;
};

/**
 * One import's author and clock for every row it adds, and the provenance each row keeps:
 * the importer writes, now; the file's authors and dates become `import_origin`.
 */
export type ImportStamp = {
  actorId: number;
  now: Date;
  origin: (stated: Stated) => ImportOrigin;
};

export function importStamp(viewer: NonNullable<Viewer>, header: Header, people: ParsedArchive['byType']['user'], file: string | undefined, now = new Date()): ImportStamp {
  // The file's `user` lines only put names to the addresses it states; they create no one.
  const names = new Map(people.map(({ record }) => [record.email, record.name]));
  const person = (email: string | null | undefined): StatedPerson | null =>
    email ? { email, name: names.get(email) ?? null } : null;
  // Shown in history as text; control characters have no place in a file name.
  const name = (file ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  const base = {
    file: name || 'upload',
    generator: header.generator,
    exportedAt: header.exportedAt,
    importedBy: { id: viewer.id, email: viewer.email, name: viewer.name },
    importedAt: now.toISOString(),
  };
  return {
    actorId: viewer.id,
    now,
    origin: (s) => ImportOriginSchema.parse({
      ...base,
      statedAuthor: person(s.author),
      ...(s.createdAt !== undefined ? { statedCreatedAt: s.createdAt } : {}),
      ...(s.updatedAt !== undefined ? { statedUpdatedAt: s.updatedAt } : {}),
      ...(s.deletedAt ? { statedDeletedAt: s.deletedAt, statedDeletedBy: person(s.deletedBy) } : {}),
    }),
  };
}
