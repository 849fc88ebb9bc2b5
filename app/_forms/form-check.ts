import type { z } from 'zod';
import type { ActionState } from '@/lib/api/action-state';
import { fieldErrorsOf, INVALID_INPUT_MESSAGE, WHOLE_INPUT, type FieldErrors } from '@/lib/api/field-errors';

// The form kit's pure parts: the browser's check before sending, and the error summary's lines.

/**
 * Runs the schema the server runs on what is about to be sent; the field errors it would answer
 * with, keyed the same way, or null when the input passes. The schema must be synchronous (the
 * server keeps asynchronous checks, such as password strength, to itself).
 */
export function checkInput(schema: z.ZodType, input: unknown): FieldErrors | null {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : fieldErrorsOf(parsed.error);
}

/** The state a failed check puts a form in: the same as the server's answer would be. */
export function invalidInput(fields: FieldErrors): ActionState<never> {
  return { ok: false, status: 400, code: 'invalid_input', message: INVALID_INPUT_MESSAGE, fields };
}

/** A copy of `values` without `keys` (the record's ids, which the server adds to the schema). */
export function withoutKeys(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !keys.includes(k)));
}

/** How a field is named to the reader, and where the summary's link takes them. */
export type FieldName = { label: string; id: string };
export type SummaryLine = { label?: string; href?: string; messages: string[] };

/**
 * The error summary's lines: one per field, named by its label and linking to it, with each
 * message once; errors of no known field (the input as a whole) come first, unnamed, because
 * an internal path such as `attributions.0.sourceId` means nothing to the reader.
 */
export function summarizeErrors(errors: FieldErrors, nameOf: (key: string) => FieldName | undefined): SummaryLine[] {
  const lines = new Map<string, SummaryLine>();
  const add = (slot: string, line: Omit<SummaryLine, 'messages'>, messages: string[]) => {
    const existing = lines.get(slot) ?? { ...line, messages: [] };
    for (const m of messages) if (!existing.messages.includes(m)) existing.messages.push(m);
    lines.set(slot, existing);
  };
  const unnamed = Object.entries(errors).filter(([key]) => key === WHOLE_INPUT || !nameOf(key));
  for (const [, messages] of unnamed) add('', {}, messages);
  for (const [key, messages] of Object.entries(errors)) {
    const name = key === WHOLE_INPUT ? undefined : nameOf(key);
    if (name) add(name.id, { label: name.label, href: `#${name.id}` }, messages);
  }
  return [...lines.values()].filter((l) => l.messages.length > 0);
}
