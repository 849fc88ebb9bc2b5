import { z } from 'zod';

// Field schemas shared by claims, attributions, documents and events.

/** Optional free text: blank becomes null, so a cleared form field clears the column. */
export const optionalText = (max: number) =>
  z.string().trim().max(max, `At most ${max} characters.`).transform((v) => (v === '' ? null : v)).nullable().optional();

/** A BCP 47 language tag such as `en`, `ar` or `zh-Hant`. */
export const LanguageSchema = z
  .string()
  .trim()
  .max(35)
  .regex(/^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/, 'Use a language tag such as en or ar.');

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date or timestamp no later than a day from now: time zones put "today" up to a day
 * ahead of the server, anything beyond is a typo. Blank means absent.
 */
export const NotFutureDateSchema = z.preprocess(
  // A Date is accepted back, so parsing twice (at the edge, then in lib/) is harmless.
  (v) => (v === '' ? null : v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v),
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'Use an ISO date, e.g. 2020-06-30.' })
    .transform((s) => new Date(DATE_ONLY.test(s) ? `${s}T00:00:00.000Z` : s))
    .refine((d) => d.getTime() <= Date.now() + DAY_MS, 'This date is in the future.')
    .nullable(),
);
