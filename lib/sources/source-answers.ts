import { z } from 'zod';
import { AlignmentRefSchema } from '@/lib/alignments/alignment-answers';

// The source answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

/** A source as claim lists and event columns name it; reused wherever an answer names one. */
export const SourceRefSchema = z
  .strictObject({ id: z.number().int(), name: z.string(), alignment: AlignmentRefSchema })
  .meta({
    id: 'SourceRef',
    description: 'A source as claim lists and event columns name it.',
    examples: [{ id: 1, name: 'Vasily Nebenzya', alignment: { slug: 'pro-government', label: 'Pro-government', color: '#D55E00' } }],
  });
