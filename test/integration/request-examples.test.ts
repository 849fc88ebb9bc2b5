// Every /api/v1 operation that reads a JSON body documents an example request, taken from the
// founding example, on the body schema itself (.meta(requestExample(…))): the example parses
// with the very schema the handler runs, and it reaches the OpenAPI description's request body.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contractKey, type RouteContract } from '@/lib/api/route-contract';
import { getOpenApiDocument } from '@/lib/openapi/openapi-document';
import { claimApi } from '@/lib/claims/claim-api';
import { attributionApi } from '@/lib/claims/claim-attribution-api';
import { relationApi } from '@/lib/relations/relation-api';
import { compareApi } from '@/lib/compare/compare-api';
import { sourceApi } from '@/lib/sources/source-api';
import { ratingApi } from '@/lib/ratings/rating-api';
import { alignmentApi } from '@/lib/alignments/alignment-api';
import { tokenApi } from '@/lib/tokens/token-api';
import { eventApi } from '@/lib/events/event-api';
import { conflictApi } from '@/lib/conflicts/conflict-api';
import { commentApi } from '@/lib/comments/comment-api';
import { documentApi } from '@/lib/documents/document-api';

const contracts: RouteContract[] = [claimApi, attributionApi, relationApi, compareApi, sourceApi, ratingApi, alignmentApi, tokenApi, eventApi, documentApi, conflictApi, commentApi]
  .flatMap((api) => Object.values(api) as RouteContract[]);
const withBody = contracts.filter((c): c is RouteContract & { body: z.ZodType } => c.body !== undefined);

type JsonSchema = { $ref?: string; examples?: unknown[] };

/** The request body's JSON schema in the generated document, following a `$ref`. */
function documentedBody(c: RouteContract): JsonSchema | undefined {
  const doc = getOpenApiDocument() as unknown as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const schema = doc.paths[c.path]?.[c.method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
  return schema?.$ref ? doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] : schema;
}

describe('request examples', () => {
  it('covers the operations that read a JSON body', () => {
    expect(withBody.length).toBeGreaterThanOrEqual(17);
  });

  it.each(withBody.map((c) => [contractKey(c), c] as const))('%s: its example parses with the body schema and is in the description', async (_, c) => {
    const examples = (c.body.meta() as { examples?: unknown[] } | undefined)?.examples;
    expect(examples?.length, 'the body schema has .meta(requestExample(…))').toBeGreaterThan(0);
    for (const example of examples!) {
      const parsed = await c.body.safeParseAsync(example);
      expect(parsed.error?.issues ?? [], JSON.stringify(example)).toEqual([]);
    }
    expect(documentedBody(c)?.examples).toEqual(examples);
  });
});
