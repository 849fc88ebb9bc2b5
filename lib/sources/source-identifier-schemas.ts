import { z } from 'zod';
import { IDENTIFIER_KINDS, normaliseIdentifier, type SourceIdentifier } from './source-identifiers';

// A source's identifiers as the API and the edit form send them. Each `value` may be anything
// people paste (an address, "@Handle", "Q42"); it is normalised here, so a bad one is a 400 on
// `identifiers.N.value` naming the expected form, before anything is written.

export const IdentifierKindSchema = z.enum(IDENTIFIER_KINDS).meta({
  id: 'IdentifierKind',
  description: 'What an external identifier names: a Wikidata item, a web domain, or an account on Telegram, X, YouTube or Facebook.',
});

const IdentifierInputSchema = z
  .strictObject({
    kind: z.union([IdentifierKindSchema, z.literal('').transform(() => null), z.null()]).optional()
      .meta({ description: 'Omitted: read from the value (a QID, a platform address, else a domain).' }),
    value: z.string().max(500, 'At most 500 characters.')
      .meta({ description: 'As pasted: https://t.me/s/Name/12, @Name, Q1234, https://www.example.com/page …' }),
  })
  .transform((input, ctx): SourceIdentifier => {
    const result = normaliseIdentifier(input.kind ?? null, input.value);
    if (result.ok) return result.identifier;
    ctx.addIssue({ code: 'custom', message: result.message, path: ['value'] });
    return z.NEVER;
  });

// The edit form sends its rows as one JSON field; the API sends the array itself.
const fromJsonText = (v: unknown) => {
  if (typeof v !== 'string') return v;
  try { return JSON.parse(v); } catch { return v; }
};

/** The whole set of a source's identifiers (an edit replaces it); a repeat is kept once. */
export const IdentifiersSchema = z.preprocess(
  fromJsonText,
  z.array(IdentifierInputSchema, { error: 'A list of identifiers: [{ "kind": "telegram", "value": "t.me/name" }].' }).max(50, 'At most 50 identifiers.'),
);
