import { describe, expect, it } from 'vitest';
import { checkInput, readableFieldName, summarizeErrors } from '@/app/_forms/form-check';
import { CreateClaimSchema, MAX_CLAIM_CHARS } from '@/lib/claims/claim-write-schemas';
import { CreateSourceSchema } from '@/lib/sources/source-schemas';
import { CreateEventSchema } from '@/lib/events/event-schemas';
import { ClaimListQuerySchema } from '@/lib/claims/claim-schemas';

const source = (over: Record<string, unknown> = {}) => ({ name: 'Outlet', kind: 'outlet', alignmentSlug: 'independent', ...over });
const claim = (over: Record<string, unknown> = {}) => ({
  text: 'Five soldiers were killed.',
  language: 'en',
  attributions: [{ sourceId: 3, role: 'asserts' }],
  ...over,
});

describe('limits are said plainly', () => {
  it('a 400-character source name says the limit and its length, not zod’s wording', () => {
    const fields = checkInput(CreateSourceSchema, source({ name: 'x'.repeat(400) }));
    expect(fields?.name).toEqual(['Keep the name to 300 characters or fewer (it has 400).']);
    expect(JSON.stringify(fields)).not.toMatch(/Too big|expected string/);
  });

  it('claim text over 5,000 characters is refused with its length, never cut', () => {
    const text = 'y'.repeat(MAX_CLAIM_CHARS + 12);
    const fields = checkInput(CreateClaimSchema, claim({ text }));
    expect(fields?.text).toEqual([`Keep the text to ${MAX_CLAIM_CHARS} characters or fewer (it has ${MAX_CLAIM_CHARS + 12}).`]);
    expect(checkInput(CreateClaimSchema, claim({ text: 'y'.repeat(MAX_CLAIM_CHARS) }))).toBeNull();
  });

  it('nested and list limits name the part in words', () => {
    const fields = checkInput(CreateClaimSchema, claim({ placeName: 'p'.repeat(301), attributions: [] }));
    expect(fields?.placeName).toEqual(['Keep the place name to 300 characters or fewer (it has 301).']);
    expect(fields?.attributions).toEqual(['Record at least who asserts the claim.']);
    const event = checkInput(CreateEventSchema, { title: 't'.repeat(301) });
    expect(event?.title?.[0]).toBe('Keep the title to 300 characters or fewer (it has 301).');
  });

  it('a search over its limit is called the search', () => {
    expect(checkInput(ClaimListQuerySchema, { q: 'q'.repeat(201) })?.q).toEqual(['Keep the search to 200 characters or fewer (it has 201).']);
  });

  it('a schema’s own message still wins over the plain default', () => {
    expect(checkInput(CreateSourceSchema, source({ name: '  ' }))?.name).toEqual(['Name the source.']);
  });
});

describe('error summary names fields as people read them', () => {
  it('turns an internal path no field registered into words', () => {
    expect(readableFieldName('attributions.0.sourceId')).toBe('Attribution 1: source');
    expect(readableFieldName('figures.3.wording')).toBe('Figure 4: wording');
    expect(readableFieldName('parties.1.name')).toBe('Party 2: name');
    expect(readableFieldName('placeName')).toBe('Place name');
  });

  it('shows no internal path and never the same message twice', () => {
    const lines = summarizeErrors(
      {
        _: ['Choose a source.', 'Nothing to change.'],
        'attributions.0.sourceId': ['Choose a source.', 'Choose a source.'],
        'attributions.0.relaysIndex': ['Choose a source.'],
      },
      () => undefined,
    );
    expect(lines).toEqual([
      { messages: ['Nothing to change.'] },
      { label: 'Attribution 1: source', messages: ['Choose a source.'] },
      { label: 'Attribution 1: relayed hop', messages: ['Choose a source.'] },
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/attributions\.0/);
  });

  it('takes a form’s own label for a key before the words from its path', () => {
    const lines = summarizeErrors({ 'attributions.0.sourceId': ['Choose a source.'] }, () => undefined, { 'attributions.0.sourceId': 'Origin: asserted by' });
    expect(lines).toEqual([{ label: 'Origin: asserted by', messages: ['Choose a source.'] }]);
  });
});
