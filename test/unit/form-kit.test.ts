import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkInput, invalidInput, summarizeErrors, withoutKeys, type FieldName } from '@/app/_forms/form-check';
import { fieldErrorsOf, INVALID_INPUT_MESSAGE } from '@/lib/api/field-errors';
import { formValues } from '@/lib/api/form-values';
import { toErrorResponse } from '@/lib/api/respond';
import { CreateClaimSchema } from '@/lib/claims/claim-write-schemas';
import { UpdateSourceSchema } from '@/lib/sources/source-schemas';
import { SetPasswordFormSchema } from '@/lib/users/user-schemas';

const claim = (over: Record<string, unknown> = {}) => ({
  text: 'Five soldiers were killed.',
  language: 'en',
  attributions: [{ sourceId: 3, role: 'asserts', relaysIndex: null, documentId: null, quote: null, statedAt: null, venue: null }],
  ...over,
});

describe('field errors: zod issues by dotted path', () => {
  it('keys nested issues by their dotted path, and the input as a whole by _', () => {
    const fields = checkInput(CreateClaimSchema, claim({ text: '  ', attributions: [{ ...claim().attributions[0], sourceId: 0 }] }));
    expect(fields).toEqual({
      text: ['Word the claim.'],
      'attributions.0.sourceId': [expect.stringMatching(/^An id/)],
    });
    expect(fieldErrorsOf({ issues: [{ code: 'custom', path: [], message: 'Nothing to change.', input: {} }] })).toEqual({ _: ['Nothing to change.'] });
  });

  it('passes what the server accepts', () => {
    expect(checkInput(CreateClaimSchema, claim())).toBeNull();
  });

  it('finds what the API answers, with the same keys and messages', async () => {
    const input = claim({ text: '', figures: [{ measure: 'killed', min: 9, max: 2 }] });
    const parsed = CreateClaimSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const answer = (await toErrorResponse(parsed.error).json()) as { error: { message: string; fields: Record<string, string[]> } };
    expect(checkInput(CreateClaimSchema, input)).toEqual(answer.error.fields);
    expect(invalidInput(answer.error.fields)).toMatchObject({ ok: false, status: 400, code: 'invalid_input', message: answer.error.message });
    expect(answer.error.message).toBe(INVALID_INPUT_MESSAGE);
  });

  it('checks the set-password form without the server-only strength check', () => {
    const fields = checkInput(SetPasswordFormSchema, { token: 'x'.repeat(30), password: 'short', confirm: 'other' });
    expect(fields?.password).toEqual(['Use at least 12 characters.']);
    expect(checkInput(SetPasswordFormSchema, { token: 'x'.repeat(30), password: 'long enough password', confirm: 'different' })).toEqual({ confirm: ['The two passwords differ.'] });
  });
});

describe('form values', () => {
  it('reads a form as the server action does: repeated names as lists, no $ACTION fields', () => {
    const data = new FormData();
    data.append('disputes', 'time');
    data.append('disputes', 'place');
    data.append('note', 'n');
    data.append('$ACTION_ID_1', 'x');
    expect(formValues(data)).toEqual({ disputes: ['time', 'place'], note: 'n' });
  });

  it('leaves out the record ids the action adds to a strict schema', () => {
    const values = { sourceId: '4', name: 'Outlet', version: '2' };
    expect(checkInput(UpdateSourceSchema, values)).toEqual({ _: [expect.stringContaining('sourceId')] });
    expect(checkInput(UpdateSourceSchema, withoutKeys(values, ['sourceId']))).toBeNull();
  });
});

describe('error summary', () => {
  const names: Record<string, FieldName> = {
    'attributions.0.sourceId': { label: 'Origin: asserted by', id: 'hop-0-picker' },
    'attributions.0.relaysIndex': { label: 'Origin: asserted by', id: 'hop-0-picker' },
    text: { label: 'Claim wording', id: 'claim-text' },
  };
  const nameOf = (key: string) => names[key];

  it('names fields by label with a link, one line per field, each message once', () => {
    const lines = summarizeErrors(
      { text: ['Word the claim.', 'Word the claim.'], 'attributions.0.sourceId': ['Choose a source.'], 'attributions.0.relaysIndex': ['Choose a source.'] },
      nameOf,
    );
    expect(lines).toEqual([
      { label: 'Claim wording', href: '#claim-text', messages: ['Word the claim.'] },
      { label: 'Origin: asserted by', href: '#hop-0-picker', messages: ['Choose a source.'] },
    ]);
  });

  it('never shows an internal path: the whole input comes first, unnamed; unknown keys are named in words', () => {
    const lines = summarizeErrors({ text: ['Word the claim.'], 'figures.3.wording': ['Too long.'], _: ['Nothing to change.', 'Too long.'] }, nameOf);
    expect(lines[0]).toEqual({ messages: ['Nothing to change.'] });
    expect(lines).toContainEqual({ label: 'Figure 4: wording', messages: ['Too long.'] });
    expect(JSON.stringify(lines)).not.toContain('figures.3');
    expect(summarizeErrors({}, nameOf)).toEqual([]);
  });
});

// The browser runs these schemas: nothing they import may reach the database, a native module or server-only code.
describe('schemas a form runs are browser-safe', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const resolve = (spec: string, from: string) => {
    const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(from), spec);
    return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
  };
  const staticImports = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);

  function reach(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (!spec.startsWith('.') && !spec.startsWith('@/')) {
        seen.add(spec);
        continue;
      }
      const target = resolve(spec, file);
      if (target) reach(target, seen);
    }
    return seen;
  }

  const schemaFiles = readdirSync(path.join(root, 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /-schemas\.ts$/.test(f))
    .map((f) => path.join(root, 'lib', f));

  it.each(schemaFiles.map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    const reached = [...reach(file)].filter((m) => m === 'server-only' || /\.server(\.ts)?$/.test(m) || /^(pg|postgres|@node-rs\/argon2|@prisma\/client|next\/headers)$/.test(m));
    expect(reached).toEqual([]);
  });
});
