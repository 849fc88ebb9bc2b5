// A request body's example, for `.meta()` on the body schema. zod's JSON Schema leaves
// `examples` out of the input side of any schema that transforms (a preprocess or transform
// anywhere inside: ids, dates, trimmed text), and every body schema does, so the example is
// also set through zod-openapi's `override`, which writes it into the generated schema as is.
// Browser-safe: the schemas that carry it are shared with forms.

/** `.meta(requestExample({ … }))`: the example a request body documents, from the founding example. */
export const requestExample = (example: Record<string, unknown>) => ({ examples: [example], override: { examples: [example] } });
