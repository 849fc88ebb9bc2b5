import { z } from 'zod';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

/** `?ids=3,7,9`: two to six distinct claim ids, in the order given. */
export const CompareQuerySchema = z.object({
  ids: z
    .string({ error: 'Give two to six claim ids, e.g. ids=3,7.' })
    .transform((raw, ctx) => {
      const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
      if (!parts.every((p) => /^[1-9]\d{0,9}$/.test(p) && Number(p) <= 2_147_483_647)) {
        ctx.addIssue({ code: 'custom', message: 'Claim ids are positive whole numbers separated by commas.' });
        return z.NEVER;
      }
      const ids = [...new Set(parts.map(Number))];
      if (ids.length < MIN_COMPARE || ids.length > MAX_COMPARE) {
        ctx.addIssue({ code: 'custom', message: `Compare ${MIN_COMPARE} to ${MAX_COMPARE} different claims.` });
        return z.NEVER;
      }
      return ids;
    }),
});
