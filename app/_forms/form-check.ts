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

// Words for the parts of a path no field registered, so "attributions.0.sourceId" reads
// "Attribution 1: source" rather than as an internal path.
const PART_WORDS: Record<string, string> = { exact: 'quoted text', relaysIndex: 'relayed hop', documentId: 'document', sourceId: 'source' };
const singular = (word: string) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word);
const words = (part: string) => PART_WORDS[part] ?? part.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** A field's name as a reader would say it, from its dotted path: `figures.3.wording` → "Figure 4: wording". */
export function readableFieldName(key: string): string {
  const parts = key.split('.');
  const named: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (/^\d+$/.test(part)) continue;
    const next = parts[i + 1];
    named.push(next !== undefined && /^\d+$/.test(next) ? `${words(singular(part))} ${Number(next) + 1}` : words(part));
  }
  const name = named.join(': ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The error summary's lines: one per field, named by its label and linking to it (or, for a key
 * no field registered, by readableFieldName, because an internal path such as
 * `attributions.0.sourceId` means nothing to the reader; a form may pass `labels` for such keys), with each message once: errors of the
 * input as a whole come first, and leave out what a field's line already says.
 */
export function summarizeErrors(
  errors: FieldErrors,
  nameOf: (key: string) => FieldName | undefined,
  labels: Readonly<Record<string, string>> = {},
): SummaryLine[] {
  const lines = new Map<string, SummaryLine>();
  const add = (slot: string, line: Omit<SummaryLine, 'messages'>, messages: string[]) => {
    const existing = lines.get(slot) ?? { ...line, messages: [] };
    for (const m of messages) if (!existing.messages.includes(m)) existing.messages.push(m);
    lines.set(slot, existing);
  };
  const fieldMessages = new Set(Object.entries(errors).filter(([key]) => key !== WHOLE_INPUT).flatMap(([, m]) => m));
  add('', {}, (errors[WHOLE_INPUT] ?? []).filter((m) => !fieldMessages.has(m)));
  for (const [key, messages] of Object.entries(errors)) {
    if (key === WHOLE_INPUT) continue;
    const name = nameOf(key);
    if (name) add(`#${name.id}`, { label: name.label, href: `#${name.id}` }, messages);
    else {
      const label = labels[key] ?? readableFieldName(key);
      add(`label:${label}`, { label }, messages);
    }
  }
  return [...lines.values()].filter((l) => l.messages.length > 0);
}
