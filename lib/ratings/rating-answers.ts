import { z } from 'zod';
import { Reliability } from '@/lib/generated/prisma/enums';
import { ImportOriginViewSchema } from '@/lib/import-origin/import-origin-answers';

// The rating answers of /api/v1: the schemas the route contracts document and the handlers'
// answers are checked against. Browser-safe: no server imports.

const NEBENZYA_RATIONALE =
  "Reliably states Russia's official position, but his factual assertions about contested sites come from a party to the conflict and are seldom accompanied by checkable evidence.";

export const ReliabilitySchema = z
  .enum(Reliability)
  .meta({ id: 'Reliability', description: 'Admiralty (NATO) source reliability: A completely reliable … E unreliable, F cannot be judged.' });

/** What a source's rating is now, and the version an edit must quote. */
export const CurrentRatingSchema = z
  .strictObject({
    reliability: ReliabilitySchema,
    version: z.number().int().meta({ description: 'Quote it in a rating edit; 0 before the first rating.' }),
    rationale: z.string().nullable(),
    author: z.string().nullable().meta({ description: 'The author’s name.' }),
    at: z.iso.datetime().nullable(),
  })
  .meta({
    id: 'CurrentRating',
    description: 'A source’s rating now: the grade and the revision written at its version (nulls before the first rating).',
    examples: [{ reliability: 'C', version: 1, rationale: NEBENZYA_RATIONALE, author: 'Demo Reviewer', at: '2026-07-01T09:00:00.000Z' }],
  });

/** One rating revision in a source's history, newest first. */
export const RatingRevisionSchema = z
  .strictObject({
    id: z.number().int(),
    version: z.number().int(),
    reliability: ReliabilitySchema,
    previous: ReliabilitySchema.nullable().meta({ description: 'The grade it replaced; null for the first.' }),
    rationale: z.string(),
    authorName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    importOrigin: ImportOriginViewSchema.nullable().meta({ description: 'Set on revisions an exchange import added.' }),
  })
  .meta({
    id: 'RatingRevision',
    description: 'A rating revision: the grade, what it replaced, why, who and when.',
    examples: [{
      id: 2, version: 1, reliability: 'C', previous: 'F', rationale: NEBENZYA_RATIONALE,
      authorName: 'Demo Reviewer', createdAt: '2026-07-01T09:00:00.000Z', importOrigin: null,
    }],
  });

/** PUT /api/v1/sources/{id}/rating: the revision it wrote. */
export const RatingEditResultSchema = z
  .strictObject({
    id: z.number().int(),
    version: z.number().int().meta({ description: 'The new rating version: quote it in the next edit.' }),
    reliability: ReliabilitySchema,
    previous: ReliabilitySchema.nullable(),
    rationale: z.string(),
    createdAt: z.iso.datetime(),
    author: z.string().meta({ description: 'The rater’s name.' }),
  })
  .meta({
    id: 'RatingEditResult',
    description: 'The new rating revision.',
    examples: [{ id: 9, version: 2, reliability: 'C', previous: 'C', rationale: NEBENZYA_RATIONALE, createdAt: '2026-07-02T10:00:00.000Z', author: 'Demo Reviewer' }],
  });
