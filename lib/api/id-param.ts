import { z } from 'zod';
import { IdSchema } from '@/lib/fields/field-schemas';

export const IdParamSchema = z.object({ id: IdSchema });

/** A route's numeric `[id]`; a bad one is a ZodError naming the field `id` (400). */
export async function parseIdParam(params: Promise<{ id: string }>): Promise<number> {
  return IdParamSchema.parse(await params).id;
}

