import { Table } from '@/components/tables/table'
import type { Metadata } from 'next'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { ENDPOINTS, type Endpoint } from '@/lib/api/endpoints'
import { badExampleBody, operationId } from '@/lib/api/openapi'
import { runExample } from '@/lib/api/run-example'
import { ROUTE_HANDLERS } from './route-handlers'
import { queryParameters, type JsonSchema } from '@/lib/api/schema'

export const metadata: Metadata = { title: 'API' }

/**
 * The readable API documentation: every endpoint of lib/api/endpoints.ts (the registry
 * /api/openapi.json is generated from), its parameters from the zod schemas the routes validate
 * with, and each example's answer produced now by the route's own handler (each streamed in as
 * it is ready, so the page does not wait for the slowest).
 */

export default async function ApiPage() {
  await connection()
  const tags = [...new Set(ENDPOINTS.map((e) => e.tag))]
  return (
    <div className="api-docs">
      <h1>API</h1>
      <p className="lede">
        Every table of forum-atlas can be read as JSON or CSV over plain <code>GET</code> requests, without a key. This page and the machine-readable{' '}
        <a href="/api/openapi.json">OpenAPI 3.1 document</a> are generated from the same zod schemas that validate the requests, and the example answers below
        are what the app answers right now.
      </p>
      <ul className="api-facts">
        <li>
          <strong>Parameters</strong>: only those listed; an unknown one is refused. Lists are comma-separated (<code>forums=SCO,EAEU</code>); a repeated
          parameter is read as one list.
        </li>
        <li>
          <strong>400</strong>: a bad parameter answers <code>{'{"error": "…", "parameter": "…"}'}</code>, naming it.
        </li>
        <li>
          <strong>503</strong>: while the database is unreachable, reads answer <code>{'{"error": "…"}'}</code> with <code>Retry-After: 5</code>.
        </li>
        <li>
          <strong>CSV</strong>: RFC 4180, UTF-8, CRLF; a text cell a spreadsheet would run as a formula starts with <code>&apos;</code>.
        </li>
        <li>
          Not listed: the admin routes under <code>/api/admin</code>, which need a curator session and are not part of the public API.
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

      {ENDPOINTS.map((endpoint) => (
        <EndpointSection key={endpoint.path} endpoint={endpoint} />
      ))}
    </div>
  )
}

function EndpointSection({ endpoint }: { endpoint: Endpoint }) {
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
        <Table
          className="api-params"
          label={`Parameters of ${endpoint.path}`}
          caption="Parameters"
          columns={[
            { id: 'name', header: 'Name', cell: (p) => <code>{p.name}</code> },
            { id: 'type', header: 'Type, allowed values', cell: (p) => <TypeOf schema={p.schema} /> },
            { id: 'required', header: 'Required', cell: (p) => (p.required ? 'yes' : 'no') },
            { id: 'description', header: 'Description', cell: (p) => p.description },
          ]}
          rows={parameters}
          rowKey={(p) => p.name}
        />
      ) : (
        <p>No parameters: any parameter is refused.</p>
      )}

      <h3>Example</h3>
      <p>
        <a href={example} className="api-example-link">
          <code>GET {example}</code>
        </a>
      </p>
      <Suspense fallback={<p className="muted api-running">Running the example…</p>}>
        <ExampleAnswerFigure endpoint={endpoint} />
      </Suspense>
      <p className="api-bad">
        A bad parameter:{' '}
        <a href={bad}>
          <code>GET {bad}</code>
        </a>{' '}
        answers{' '}
        <span className="api-status" data-status="400">
          400
        </span>{' '}
        <code>{JSON.stringify(badExampleBody(endpoint))}</code>
      </p>
    </section>
  )
}

/** The example request answered by the route's own handler, now, shortened for reading. */
async function ExampleAnswerFigure({ endpoint }: { endpoint: Endpoint }) {
  let answer
  try {
    answer = await runExample(endpoint, ROUTE_HANDLERS[endpoint.path])
  } catch (error) {
    return <p className="notice">The example could not be run just now: {error instanceof Error ? error.message : String(error)}</p>
  }
  return (
    <figure className="api-answer">
      <figcaption>
        <span className="api-status" data-status={answer.status}>
          {answer.status}
        </span>{' '}
        <code className="api-content-type">{answer.contentType}</code>
        {answer.cut ? (
          <span className="muted">
            {' '}
            — shortened: {endpoint.response.mediaType === 'text/csv' ? `the first ${answer.text.split('\n').length} lines` : 'the first items of each list'}
          </span>
        ) : null}
      </figcaption>
      {/* focusable: the answer scrolls, and keyboard users must be able to scroll it */}
      <pre tabIndex={0}>{answer.text}</pre>
    </figure>
  )
}

/** A parameter's generated schema, for reading: the type, its bounds, its allowed values. */
function TypeOf({ schema }: { schema: JsonSchema }) {
  if (schema.type === 'array') {
    const { minItems, maxItems } = schema as { minItems?: number; maxItems?: number }
    const count = minItems !== undefined && maxItems !== undefined ? `${minItems} to ${maxItems} ` : maxItems !== undefined ? `up to ${maxItems} ` : ''
    return (
      <>
        comma-separated list of {count}values, each <TypeOf schema={(schema.items ?? {}) as JsonSchema} />
      </>
    )
  }
  if (Array.isArray(schema.enum)) {
    return (
      <>
        one of{' '}
        {schema.enum.map((v, i) => (
          <span key={String(v)}>
            {i ? ', ' : ''}
            <code>{String(v)}</code>
          </span>
        ))}
      </>
    )
  }
  const { type, pattern, minimum, maximum, maxLength } = schema as { type?: string; pattern?: string; minimum?: number; maximum?: number; maxLength?: number }
  return (
    <>
      {type === 'integer' ? 'an integer' : type ? `a ${type}` : 'any value'}
      {minimum !== undefined || maximum !== undefined ? ` from ${minimum ?? '…'} to ${maximum ?? '…'}` : ''}
      {maxLength !== undefined ? ` of at most ${maxLength} characters` : ''}
      {pattern ? (
        <>
          {' '}
          matching <code>{pattern}</code>
        </>
      ) : null}
    </>
  )
}
