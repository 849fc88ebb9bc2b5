import { z } from 'zod';
import { IdSchema } from '@/lib/fields/field-schemas';

// Path ids are read through a preprocess (plain digits only), which OpenAPI generators take for
// an optional input; a path parameter is always required.
export const PathIdSchema = IdSchema.meta({ description: 'Numeric id.', param: { required: true } });
export const IdParamSchema = z.object({ id: PathIdSchema });

/** A route's numeric `[id]`; a bad one is a ZodError naming the field `id` (400). */
export async function parseIdParam(params: Promise<{ id: string }>): Promise<number> {
  return IdParamSchema.parse(await params).id;
}

