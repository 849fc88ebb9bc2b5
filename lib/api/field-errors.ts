import type { z } from 'zod';
import type { FieldErrors } from '@/lib/errors';

export type { FieldErrors };

/** The message of a 400 with field errors, from the API, a server action or the browser's own check. */
export const INVALID_INPUT_MESSAGE = 'Some fields are invalid.';

/** The key of the input as a whole (a body that is no object, "nothing to change"). */
export const WHOLE_INPUT = '_';

/**
 * The one field-error shape: API error bodies, server-action states and the browser's own check
 * before sending all key zod's issues by dotted path, so a form finds each message by the same key.
 */
export function fieldErrorsOf(error: Pick<z.ZodError, 'issues'>): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : WHOLE_INPUT;
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
