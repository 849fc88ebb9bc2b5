import { z } from 'zod';

export const IdParamSchema = z.object({ id: z.coerce.number().int().positive() });

/** A route's numeric `[id]`; a bad one is a ZodError naming the field `id` (400). */
export async function parseIdParam(params: Promise<{ id: string }>): Promise<number> {
  return IdParamSchema.parse(await params).id;
}
