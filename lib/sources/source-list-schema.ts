import { z } from 'zod';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { blankAsAbsent, CursorSchema, LimitSchema } from '@/lib/pagination/cursor';
import { queryText } from '@/lib/fields/field-schemas';

/** GET /api/v1/sources and the sources list page. */
export const SourceListQuerySchema = z.object({
  q: z.preprocess(blankAsAbsent, queryText(200).optional()),
  alignment: z.preprocess(
    blankAsAbsent,
    z.string().max(64).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Not an alignment slug.').optional(),
  ),
  kind: z.preprocess(blankAsAbsent, z.enum(SourceKind).optional()),
  cursor: CursorSchema,
  limit: LimitSchema,
});

export type SourceListQuery = z.output<typeof SourceListQuerySchema>;
