import type { Metadata } from 'next';
import { getOpenApiDocument } from '@/lib/openapi/openapi-document';
import { answerExample, curlLine, requestExample, type ExampleOperation } from '@/lib/openapi/operation-examples';
import { getEnv } from '@/lib/env';

export const metadata: Metadata = { title: 'API reference' };

type Op = ExampleOperation & { summary?: string; description?: string; tags?: string[]; responses: Record<string, { description?: string }> };

const schemaText = (schema: unknown) => JSON.stringify(schema, null, 2);

/** A readable reference rendered on the server from the same OpenAPI document (no CDN assets). */
export default function ApiDocsPage() {
  const doc = getOpenApiDocument();
  const ops = Object.entries(doc.paths ?? {}).flatMap(([p, item]) =>
    Object.entries(item as Record<string, Op>).map(([method, op]) => ({ path: p, method: method.toUpperCase(), op })));
  const tags = [...new Set(ops.map((o) => o.op.tags?.[0] ?? 'Other'))];
  const components = (doc.components?.schemas ?? {}) as Parameters<typeof curlLine>[4];
  const env = getEnv();
  const baseUrl = (env.CROSSCHECK_PUBLIC_URL ?? env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  return (
    <article>
      <h1>API reference</h1>
      <p className="lede">{doc.info.description}</p>
      <p className="small muted">
        Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {doc.openapi}). Errors are JSON{' '}
        <code>{'{ "error": { "code", "message", "fields"? } }'}</code>.
      </p>
      <nav aria-label="API sections">
        <ul>{tags.map((t) => <li key={t}><a href={`#tag-${t.toLowerCase()}`}>{t}</a></li>)}</ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag.toLowerCase()}`}>
          <h2 id={`tag-${tag.toLowerCase()}`}>{tag}</h2>
          {ops.filter((o) => (o.op.tags?.[0] ?? 'Other') === tag).map(({ path: p, method, op }) => (
            <section key={`${method} ${p}`} className="api-op">
              <h3><code>{method} {p}</code></h3>
              <p>{op.summary}</p>
              {op.description && <p className="small muted" style={{ whiteSpace: 'pre-line' }}>{op.description}</p>}
              {op.parameters && op.parameters.length > 0 && (
                <table>
                  <caption className="small">Parameters</caption>
                  <thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Schema</th></tr></thead>
                  <tbody>
                    {op.parameters.map((prm) => (
                      <tr key={`${prm.in}-${prm.name}`}>
                        <td><code>{prm.name}</code></td><td>{prm.in}</td><td>{prm.required ? 'yes' : 'no'}</td>
                        <td><code className="small">{prm.description ?? JSON.stringify(prm.schema)}</code></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {op.requestBody && Object.entries(op.requestBody.content).map(([type, media]) => (
                <details key={type}>
                  <summary>Request body ({type})</summary>
                  <pre className="small">{schemaText(media.schema)}</pre>
                </details>
              ))}
              <ul className="small">
                {Object.entries(op.responses).map(([status, r]) => <li key={status}><strong>{status}</strong> {r.description}</li>)}
              </ul>
              <OperationExamples op={op} method={method} path={p} baseUrl={baseUrl} components={components} />
            </section>
          ))}
        </section>
      ))}
      {doc.components?.schemas && (
        <section aria-labelledby="schemas-heading">
          <h2 id="schemas-heading">Shared schemas</h2>
          {Object.entries(doc.components.schemas).map(([name, schema]) => (
            <details key={name}><summary><code>{name}</code></summary><pre className="small">{schemaText(schema)}</pre></details>
          ))}
        </section>
      )}
    </article>
  );
}

/** The curl line, the request example and the answer example, all from the description. */
function OperationExamples({ op, method, path, baseUrl, components }: {
  op: Op;
  method: string;
  path: string;
  baseUrl: string;
  components: Parameters<typeof curlLine>[4];
}) {
  const body = requestExample(op, components);
  const answer = answerExample(op, components);
  return (
    <details>
      <summary>Example</summary>
      <pre className="small"><code>{curlLine(baseUrl, method, path, op, components)}</code></pre>
      {body !== undefined && (
        <>
          <p className="small">Request</p>
          <pre className="small"><code>{schemaText(body)}</code></pre>
        </>
      )}
      {answer && (
        <>
          <p className="small">Answer ({answer.status})</p>
          <pre className="small"><code>{schemaText(answer.example)}</code></pre>
        </>
      )}
    </details>
  );
}
