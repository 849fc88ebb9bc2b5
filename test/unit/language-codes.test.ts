import { describe, expect, it } from 'vitest';
import { checkInput } from '@/app/_forms/form-check';
import { isLanguageTag, LanguageSchema } from '@/lib/fields/field-schemas';
import { CreateSourceSchema, UpdateSourceSchema } from '@/lib/sources/source-schemas';
import { CreateClaimSchema } from '@/lib/claims/claim-write-schemas';

const MESSAGE = 'Use a language code such as en, ar or ru.';

describe('language fields take BCP 47 codes only', () => {
  it.each(['en', 'ar', 'ru', 'zh-Hant', 'en-GB', 'sr-Latn-RS', 'fil'])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
    expect(LanguageSchema.parse(tag)).toBe(tag);
  });

  it.each(['english language', 'English', 'english', 'en_US', 'x-foo', 'e', '', 'en-'])('refuses %j, naming the expected form', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
    const parsed = LanguageSchema.safeParse(tag);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(MESSAGE);
  });

  it('the source form refuses "english language" and takes a blank as no language', () => {
    const base = { name: 'Outlet', kind: 'outlet', alignmentSlug: 'independent' };
    expect(checkInput(CreateSourceSchema, { ...base, language: 'english language' })).toEqual({ language: [MESSAGE] });
    expect(CreateSourceSchema.parse({ ...base, language: '' }).language).toBeNull();
    expect(CreateSourceSchema.parse({ ...base, language: 'ar' }).language).toBe('ar');
    expect(checkInput(UpdateSourceSchema, { version: 1, language: 'English' })).toEqual({ language: [MESSAGE] });
  });

  it('claims check both of their languages the same way', () => {
    const claim = { text: 'Five soldiers were killed.', attributions: [{ sourceId: 3, role: 'asserts' }] };
    expect(checkInput(CreateClaimSchema, { ...claim, language: 'english language', originalLanguage: 'Arabic' })).toEqual({
      language: [MESSAGE],
      originalLanguage: [MESSAGE],
    });
  });
});
