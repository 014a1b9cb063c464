import type { Metadata } from 'next'
import { connection } from 'next/server'
import { ENDPOINTS, type Endpoint } from '@/lib/api/endpoints'
import { badExampleBody, operationId } from '@/lib/api/openapi'
import { runExample, type ExampleAnswer } from '@/lib/api/run-example'
import { describeType, queryParameters } from '@/lib/api/schema'

export const metadata: Metadata = { title: 'API' }

/**
 * The readable API documentation: every endpoint of lib/api/endpoints.ts (the registry
 * /api/openapi.json is generated from), its parameters from the zod schemas the routes validate
 * with, and each example's answer produced now by the route's own handler.
 */

async function answerOf(endpoint: Endpoint): Promise<ExampleAnswer | { failed: string }> {
  try {
    return await runExample(endpoint)
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) }
  }
}

export default async function ApiPage() {
  await connection()
  const answers = await Promise.all(ENDPOINTS.map(answerOf))
  const tags = [...new Set(ENDPOINTS.map((e) => e.tag))]
  return (
    <div className="api-docs">
      <h1>API</h1>
      <p className="lede">
        Every table of forum-atlas can be read as JSON or CSV over plain <code>GET</code> requests, without a key. This
        page and the machine-readable <a href="/api/openapi.json">OpenAPI 3.1 document</a> are generated from the same
        zod schemas that validate the requests, and the example answers below are what the app answers right now.
      </p>
      <ul className="api-facts">
        <li>
          <strong>Parameters</strong>: only those listed; an unknown one is refused. Lists are comma-separated (
          <code>forums=SCO,EAEU</code>); a repeated parameter is read as one list.
        </li>
        <li>
          <strong>400</strong>: a bad parameter answers <code>{'{"error": "…", "parameter": "…"}'}</code>, naming it.
        </li>
        <li>
          <strong>503</strong>: while the database is unreachable, reads answer <code>{'{"error": "…"}'}</code> with{' '}
          <code>Retry-After: 5</code>.
        </li>
        <li>
          <strong>CSV</strong>: RFC 4180, UTF-8, CRLF; a text cell a spreadsheet would run as a formula starts with{' '}
          <code>&apos;</code>.
        </li>
        <li>
          Not listed: the admin routes under <code>/api/admin</code>, which need a curator session and are not part of the
          public API.
        </li>
      </ul>

      <nav aria-label="Endpoints" className="api-toc">
        {tags.map((tag) => (
          <div key={tag}>
            <h2 className="api-toc-tag">{tag}</h2>
            <ul>
              {ENDPOINTS.filter((e) => e.tag === tag).map((e) => (
                <li key={e.path}>
                  <a href={`#${operationId(e)}`}>
                    <code>{e.path}</code>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>

      {ENDPOINTS.map((endpoint, i) => (
        <EndpointSection key={endpoint.path} endpoint={endpoint} answer={answers[i]} />
      ))}
    </div>
  )
}

function EndpointSection({ endpoint, answer }: { endpoint: Endpoint; answer: ExampleAnswer | { failed: string } }) {
  const id = operationId(endpoint)
  const parameters = queryParameters(endpoint.query)
  const example = `${endpoint.path}${endpoint.example}`
  const bad = `${endpoint.path}${endpoint.badExample}`
  const { response } = endpoint
  return (
    <section className="api-endpoint" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span className="api-method">{endpoint.method}</span> <code>{endpoint.path}</code>
      </h2>
      <p className="api-summary">{endpoint.summary}</p>
      <p>{endpoint.description}</p>
      <p className="muted">
        Answers <code>{response.mediaType}</code>: {response.description}
        {response.mediaType === 'text/csv' ? (
          <>
            {' '}
            Header: <code>{response.columns.join(',')}</code>
            {response.columnsNote ? `, ${response.columnsNote}` : ''}.
          </>
        ) : null}
      </p>

      {parameters.length ? (
        <div className="table-scroll">
          <table className="data api-params">
            <caption>Parameters</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type, allowed values</th>
                <th scope="col">Required</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {parameters.map((p) => (
                <tr key={p.name}>
                  <th scope="row">
                    <code>{p.name}</code>
                  </th>
                  <td>{describeType(p.schema)}</td>
                  <td>{p.required ? 'yes' : 'no'}</td>
                  <td>{p.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No parameters: any parameter is refused.</p>
      )}

      <h3>Example</h3>
      <p>
        <a href={example} className="api-example-link">
          <code>GET {example}</code>
        </a>
      </p>
      {'failed' in answer ? (
        <p className="notice">The example could not be run just now: {answer.failed}</p>
      ) : (
        <figure className="api-answer">
          <figcaption>
            <span className="api-status" data-status={answer.status}>
              {answer.status}
            </span>{' '}
            <code className="api-content-type">{answer.contentType}</code>
            {answer.cut ? <span className="muted"> — shortened: {response.mediaType === 'text/csv' ? 'the first lines' : 'the first items of each list'}</span> : null}
          </figcaption>
          <pre>{answer.text}</pre>
        </figure>
      )}
      <p className="api-bad">
        A bad parameter:{' '}
        <a href={bad}>
          <code>GET {bad}</code>
        </a>{' '}
        answers <span className="api-status" data-status="400">400</span> <code>{JSON.stringify(badExampleBody(endpoint))}</code>
      </p>
    </section>
  )
}
