import { z } from 'zod';
// Installs the app's plain wording for limits ("Keep the name to 300 characters or fewer"):
// every schema a form or route runs imports this module.
import './human-messages';

// Field schemas shared by every input: ids, versions, counts, dates and free text, whether they
// come from a JSON body, a form, a query string or a path. Each refuses what PostgreSQL would
// refuse (an integer beyond `integer`, a year it cannot store, a NUL) as a 400 naming the field.

/** Largest PostgreSQL `integer`: every id, version and count column is one. */
export const MAX_INT4 = 2_147_483_647;

// Only plain decimal digits: "1e3", "0x10", "007", " 1" and "1.0" are typos or probes, and
// Number() would quietly read them as other numbers.
const DECIMAL_INTEGER = /^-?(0|[1-9][0-9]{0,15})$/;

/**
 * A whole number in [min, MAX_INT4]: a JSON number, or a string of plain decimal digits (forms,
 * query strings, paths). Anything else fails with `message`.
 */
export const wholeNumber = (min: number, message = `A whole number from ${min} to ${MAX_INT4}.`) =>
  z.preprocess(
    (v) => (typeof v === 'string' && DECIMAL_INTEGER.test(v) ? Number(v) : v),
    z.number({ error: message }).int(message).min(min, message).max(MAX_INT4, message),
  );

/** A row id (positive PostgreSQL `integer`). */
export const IdSchema = wholeNumber(1, `An id: a whole number from 1 to ${MAX_INT4}.`);
/** The `version` a writer read, for optimistic locking. */
export const VersionSchema = wholeNumber(1, 'The version you read: a whole number from 1.');
/** A count or offset stored in an `integer` column (figures, quote positions). */
export const CountSchema = wholeNumber(0, `A whole number from 0 to ${MAX_INT4}.`);

/** Parses a canonical decimal id ("12"), or null: pages turn null into their 404. */
export function parseId(raw: unknown): number | null {
  const parsed = IdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

// C0 controls, DEL and C1 controls. PostgreSQL text refuses NUL outright; the others never
// belong in a name, search or label, and only hide what a value really says.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const hasControlCharacter = (s: string) => CONTROL.test(s);
const NO_CONTROLS = 'Remove the control characters (such as NUL or a line break).';

/** One line of text from a query string (a search, a filter): trimmed, capped, no controls. */
export const queryText = (max: number) =>
  z.string().trim().max(max).refine((s) => !hasControlCharacter(s), NO_CONTROLS);

/**
 * An edit must change something: a body with only its `version` (or only a reason) would bump
 * the version and write an audit row for nothing. `notChanges` are the keys that only qualify
 * an edit; every other key of the object is a change.
 */
export function requireAChange<T extends z.ZodObject>(schema: T, notChanges: readonly string[]) {
  const changes = Object.keys(schema.shape).filter((k) => !notChanges.includes(k));
  return schema.superRefine(
    (value, ctx) => {
      // Runs even when the body is no object at all (`null`): that already has its own issue.
      if (typeof value !== 'object' || value === null) return;
      if (changes.some((k) => (value as Record<string, unknown>)[k] !== undefined)) return;
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `Nothing to change: give at least one of ${changes.join(', ')}.`,
        params: { nothingToChange: true },
      });
    },
    // Also when another field failed (a missing version): only which keys came matters here.
    { when: () => true },
  );
}

/** The issue requireAChange raises, if any: the answer is then "nothing to change". */
export const nothingToChangeIssue = (e: z.ZodError) =>
  e.issues.find((i) => i.code === 'custom' && (i as { params?: { nothingToChange?: boolean } }).params?.nothingToChange === true);

/** Optional free text: blank becomes null, so a cleared form field clears the column. */
export const optionalText = (max: number) =>
  z.string().trim().max(max).transform((v) => (v === '' ? null : v)).nullable().optional();

const LANGUAGE_MESSAGE = 'Use a language code such as en, ar or ru.';
// Intl also takes a 5–8 letter language subtag, so "English" would pass as a language of its
// own; languages people record have a two- or three-letter ISO 639 code.
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;

/** True when `tag` is a well-formed BCP 47 language tag (what the browser's Intl accepts). */
export function isLanguageTag(tag: string): boolean {
  if (!LANGUAGE_TAG.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * A BCP 47 language tag such as `en`, `ar` or `zh-Hant`. "english language" or "English" is
 * refused, naming the expected form.
 */
export const LanguageSchema = z
  .string()
  .trim()
  .max(35, LANGUAGE_MESSAGE)
  .regex(LANGUAGE_TAG, LANGUAGE_MESSAGE)
  // The pattern only shapes a tag; Intl knows which subtags exist ("en-", "x-foo" are no language).
  .refine((tag) => !LANGUAGE_TAG.test(tag) || isLanguageTag(tag), LANGUAGE_MESSAGE);

/** An optional language field of a form or body: blank clears it. */
export const optionalLanguage = () =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), LanguageSchema.nullable().optional());

// Years 1000 to 9999: four-digit ISO years, well inside what PostgreSQL's timestamptz and a
// JavaScript Date hold (year 0, "BC" and five-digit years are typos or probes here).
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Use an ISO date, e.g. 2020-06-30.';
const RANGE_MESSAGE = `Use a date between the years ${MIN_YEAR} and ${MAX_YEAR}.`;

/** True for a valid Date whose UTC year is in the accepted range. */
export function isDateInRange(d: Date): boolean {
  const year = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * An ISO date (`2020-06-30`, midnight UTC) or a timestamp with an offset, in years 1000–9999.
 * A Date is accepted back, so parsing twice (at the edge, then in lib/) is harmless.
 */
export const DateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v),
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: DATE_MESSAGE })
    .transform((s) => new Date(DATE_ONLY.test(s) ? `${s}T00:00:00.000Z` : s))
    .refine(isDateInRange, RANGE_MESSAGE),
);

/** A date-only value (`2020-06-30`) in the same years, kept as the string (filters by day). */
export const IsoDaySchema = z.iso.date({ error: DATE_MESSAGE }).refine((s) => isDateInRange(new Date(`${s}T00:00:00.000Z`)), RANGE_MESSAGE);

/** True when `s` is a date-only value (a whole day), as DateSchema reads it. */
export const isDateOnly = (s: unknown) => typeof s === 'string' && DATE_ONLY.test(s);

/**
 * A date or timestamp no later than a day from now: time zones put "today" up to a day
 * ahead of the server, anything beyond is a typo. Blank means absent.
 */
export const NotFutureDateSchema = z.preprocess(
  (v) => (v === '' ? null : v),
  DateSchema.refine((d) => d.getTime() <= Date.now() + DAY_MS, 'This date is in the future.').nullable(),
);
