import { z } from 'zod';

// Answer shapes shared by many route contracts; here rather than in lib/openapi so a concept's
// contracts can name them without importing the catalogue that imports those contracts.

export const ObjectSchema = z.looseObject({}).meta({ id: 'Object', description: 'A JSON object; see the route description.' });
export const PageSchema = z
  .object({ items: z.array(ObjectSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'Page', description: 'A keyset page: pass nextCursor back as `cursor` for the next one.' });
