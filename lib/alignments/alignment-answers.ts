import { z } from 'zod';

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
