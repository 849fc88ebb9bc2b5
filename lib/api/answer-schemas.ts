import { z } from 'zod';

// Answer shapes shared by many route contracts; here rather than in lib/openapi so a concept's
// contracts can name them without importing the catalogue that imports those contracts.

export const ObjectSchema = z.looseObject({}).meta({ id: 'Object', description: 'A JSON object; see the route description.' });
export const PageSchema = z
  .object({ items: z.array(ObjectSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'Page', description: 'A keyset page: pass nextCursor back as `cursor` for the next one.' });

/**
 * A keyset page of one item schema, named `id` (e.g. `SourcePage`) in the description; its
 * example is the item's first example on a last page.
 */
export function pageOf<T extends z.ZodType>(item: T, id: string, description: string) {
  const itemExample = (z.globalRegistry.get(item) as { examples?: unknown[] } | undefined)?.examples?.[0];
  return z
    .strictObject({
      items: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Pass it back as `cursor` for the next page; null on the last.' }),
    })
    .meta({ id, description, ...(itemExample === undefined ? {} : { examples: [{ items: [itemExample], nextCursor: null }] }) });
}
