import { z } from 'zod';

// The Web Annotation answer of /api/v1 (W3C Web Annotation Data Model, JSON-LD): exactly the
// fields toAnnotationPage emits. Browser-safe: no server imports.

const BASE = 'https://crosscheck.example.org';
const SOUTH_FRONT_URL = 'https://southfront.org/internal-tensions-do-not-stop-militants-from-provocations-in-southern-idlib/';
const TITLE = 'Video: Internal Tensions Do Not Stop Militants from Provocations in Southern Idlib';
const PROVOCATION = 'The fighting in southern Idlib came as a result of a provocation by militants.';

const annotationExample = {
  id: `${BASE}/api/v1/documents/1/annotations#attribution-4`,
  type: 'Annotation' as const,
  motivation: 'describing' as const,
  created: '2026-07-01T09:00:00.000Z',
  body: [
    { type: 'TextualBody' as const, purpose: 'describing' as const, value: PROVOCATION, format: 'text/plain' as const },
    { type: 'SpecificResource' as const, purpose: 'identifying' as const, source: `${BASE}/claims/2` },
    { type: 'TextualBody' as const, purpose: 'tagging' as const, value: 'South Front asserts' },
  ] as const,
  target: {
    source: SOUTH_FRONT_URL,
    selector: {
      type: 'TextQuoteSelector' as const,
      exact: 'pro-government sources say that the fighting in southern Idlib came as a result of a provocation by militants',
      prefix: 'In their own turn, ',
      suffix: '. Nonetheless',
    },
  },
};

export const TextQuoteSelectorSchema = z
  .strictObject({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().meta({ description: 'The quoted text.' }),
    prefix: z.string().optional().meta({ description: 'Text just before the quote, when stored.' }),
    suffix: z.string().optional().meta({ description: 'Text just after the quote, when stored.' }),
  })
  .meta({ id: 'TextQuoteSelector', description: 'A W3C TextQuoteSelector: the quote, with its context.', examples: [annotationExample.target.selector] });

export const WebAnnotationSchema = z
  .strictObject({
    id: z.string().meta({ description: 'The annotation’s IRI: the page’s, with `#attribution-<id>`.' }),
    type: z.literal('Annotation'),
    motivation: z.literal('describing'),
    created: z.iso.datetime(),
    body: z
      .tuple([
        z.strictObject({ type: z.literal('TextualBody'), purpose: z.literal('describing'), value: z.string(), format: z.literal('text/plain') }),
        z.strictObject({ type: z.literal('SpecificResource'), purpose: z.literal('identifying'), source: z.string() }),
        z.strictObject({ type: z.literal('TextualBody'), purpose: z.literal('tagging'), value: z.string() }),
      ])
      .meta({ description: 'The claim’s text, the claim’s page, and `<source> <role>`.' }),
    target: z.strictObject({ source: z.string().meta({ description: 'The document’s URL.' }), selector: TextQuoteSelectorSchema }),
  })
  .meta({ id: 'WebAnnotation', description: 'One quote of a document as a W3C Web Annotation.', examples: [annotationExample] });

export const AnnotationPageSchema = z
  .strictObject({
    '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
    id: z.string(),
    type: z.literal('AnnotationPage'),
    partOf: z.strictObject({
      id: z.string().meta({ description: 'The document’s page.' }),
      type: z.literal('AnnotationCollection'),
      label: z.string().meta({ description: 'The document’s title.' }),
      total: z.number().int(),
    }),
    items: z.array(WebAnnotationSchema),
  })
  .meta({
    id: 'AnnotationPage',
    description: 'A document’s quotes as a W3C Web Annotation page (JSON-LD).',
    examples: [{
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${BASE}/api/v1/documents/1/annotations`,
      type: 'AnnotationPage',
      partOf: { id: `${BASE}/documents/1`, type: 'AnnotationCollection', label: TITLE, total: 1 },
      items: [annotationExample],
    }],
  });

export type AnnotationPage = z.output<typeof AnnotationPageSchema>;
