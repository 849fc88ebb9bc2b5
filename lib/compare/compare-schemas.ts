import { z } from 'zod';
import { parseId } from '@/lib/fields/field-schemas';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

/** `?ids=3,7,9`: two to six distinct claim ids, in the order given. */
export const CompareQuerySchema = z.object({
  ids: z
    .string({ error: 'Give two to six claim ids, e.g. ids=3,7.' })
    .transform((raw, ctx) => {
      const parsed = raw.split(',').filter(Boolean).map(parseId);
      if (!parsed.every((id) => id !== null)) {
        ctx.addIssue({ code: 'custom', message: 'Claim ids are positive whole numbers separated by commas.' });
        return z.NEVER;
      }
      const ids = [...new Set(parsed as number[])];
      if (ids.length < MIN_COMPARE || ids.length > MAX_COMPARE) {
        ctx.addIssue({ code: 'custom', message: `Compare ${MIN_COMPARE} to ${MAX_COMPARE} different claims.` });
        return z.NEVER;
      }
      return ids;
    }),
});
