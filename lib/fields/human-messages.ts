import { z } from 'zod';

// zod's own wording ("Too big: expected string to have <=300 characters") is for developers.
// Every form and API answer shows these messages to people, so each limit is said plainly,
// naming the field and how far over it the value is. A schema's own message still wins.

const countOf = (input: unknown): number | undefined =>
  typeof input === 'string' ? [...input].length : Array.isArray(input) ? input.length : undefined;

// Keys whose name is no word a reader would use.
const FIELD_WORDS: Record<string, string> = { q: 'the search', _: 'this' };

/** "the place name" from the issue's path (`placeName`, `attributions.0.venue`), or "this". */
function subjectOf(path: readonly PropertyKey[] | undefined): string {
  const last = [...(path ?? [])].reverse().find((p): p is string => typeof p === 'string' && !/^\d+$/.test(p));
  if (!last) return 'this';
  if (last in FIELD_WORDS) return FIELD_WORDS[last];
  return `the ${last.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

type LimitIssue = { code: string; origin?: string; maximum?: unknown; minimum?: unknown; input?: unknown; path?: readonly PropertyKey[] };

/** The message for a too_big or too_small issue on text or a list; undefined leaves zod's. */
export function humanLimitMessage(issue: LimitIssue): string | undefined {
  const subject = subjectOf(issue.path);
  const has = countOf(issue.input);
  const it = has === undefined ? '' : ` (it has ${has})`;
  if (issue.origin === 'string') {
    const chars = (n: unknown) => `${n} ${n === 1 ? 'character' : 'characters'}`;
    if (issue.code === 'too_big') return `Keep ${subject} to ${chars(issue.maximum)} or fewer${it}.`;
    if (issue.code === 'too_small') return Number(issue.minimum) <= 1 ? `Fill in ${subject}.` : `Give ${subject} at least ${chars(issue.minimum)}${it}.`;
  }
  if (issue.origin === 'array') {
    if (issue.code === 'too_big') return `Give at most ${issue.maximum} for ${subject}${it}.`;
    if (issue.code === 'too_small') return `Give at least ${issue.minimum} for ${subject}${it}.`;
  }
  return undefined;
}

/** The app's error map: plain limits; zod's own messages for everything else. */
export const humanErrorMap: z.core.$ZodErrorMap = (issue) => humanLimitMessage(issue as LimitIssue);

z.config({ customError: humanErrorMap });
