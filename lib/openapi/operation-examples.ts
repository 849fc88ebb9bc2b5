// Examples for the API reference, read from the OpenAPI description itself: the request and
// answer examples the schemas carry (taken from the founding example) and a curl line that
// sends the request. Nothing here is written twice: change a schema's example and the page,
// the committed contract and generated clients all follow.

type Schema = { $ref?: string; examples?: unknown[]; example?: unknown };
type Media = { schema?: Schema };
export type ExampleOperation = {
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
};
type Components = Record<string, Schema>;

/** A schema's first example, following a `$ref` into the components. */
export function exampleOf(schema: Schema | undefined, components: Components): unknown {
  if (!schema) return undefined;
  if (schema.$ref) return exampleOf(components[schema.$ref.replace('#/components/schemas/', '')], components);
  return schema.examples?.[0] ?? schema.example;
}

const PATH_EXAMPLES: Record<string, string> = { id: '1', attributionId: '1', slug: 'pro-government' };

/** The path with example values in its `{parameters}`. */
export function examplePath(path: string, op: ExampleOperation): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const given = op.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema?.examples?.[0];
    return encodeURIComponent(String(given ?? PATH_EXAMPLES[name] ?? '1'));
  });
}

/** The success status and its JSON answer example, when the answer is JSON and has one. */
export function answerExample(op: ExampleOperation, components: Components): { status: string; example: unknown } | null {
  const status = Object.keys(op.responses).find((s) => s.startsWith('2'));
  if (!status) return null;
  const content = op.responses[status].content ?? {};
  const media = content['application/json'] ?? content['application/ld+json'];
  const example = exampleOf(media?.schema, components);
  return example === undefined ? null : { status, example };
}

export function requestExample(op: ExampleOperation, components: Components): unknown {
  return exampleOf(op.requestBody?.content['application/json']?.schema, components);
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** One shell line that sends this request, with a token when the operation needs one. */
export function curlLine(baseUrl: string, method: string, path: string, op: ExampleOperation, components: Components): string {
  const parts = ['curl'];
  if (method !== 'GET') parts.push('-X', method);
  parts.push(quote(`${baseUrl}${examplePath(path, op)}`));
  if (op.security?.length) parts.push('-H', '"Authorization: Bearer $CROSSCHECK_TOKEN"');
  const body = requestExample(op, components);
  if (body !== undefined) parts.push('-H', quote('Content-Type: application/json'), '-d', quote(JSON.stringify(body)));
  return parts.join(' ');
}
