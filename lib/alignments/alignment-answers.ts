import { z } from 'zod';
import { pageOf } from '@/lib/api/answer-schemas';

// The alignment answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

const proGovernment = { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' };

/** An alignment as every list, card and badge shows it; reused wherever an answer names one. */
export const AlignmentRefSchema = z
  .strictObject({
    slug: z.string().meta({ description: 'The key, never changed: lower-case words joined by hyphens.' }),
    label: z.string(),
    color: z.string().meta({ description: 'A hex colour such as #D55E00, shown beside the label (never the only signal).' }),
  })
  .meta({ id: 'AlignmentRef', description: 'An alignment as lists and badges name it.', examples: [proGovernment] });

/** One alignment of the vocabulary, with what an edit must quote. */
export const AlignmentSchema = z
  .strictObject({
    ...AlignmentRefSchema.shape,
    description: z.string().nullable(),
    sortOrder: z.number().int(),
    retiredAt: z.iso.datetime().nullable().meta({ description: 'Set when retired: kept on its sources, offered for no new ones.' }),
    version: z.number().int().meta({ description: 'Quote it in an edit.' }),
  })
  .meta({
    id: 'Alignment',
    description: 'An alignment of the vocabulary (never deleted; retired ones come last).',
    examples: [{
      ...proGovernment, description: 'Governments and the outlets, officials and forces that speak for or side with them.',
      sortOrder: 10, retiredAt: null, version: 1,
    }],
  });

export const AlignmentPageSchema = pageOf(AlignmentSchema, 'AlignmentPage', 'Every alignment, in one page (nextCursor is always null).');
