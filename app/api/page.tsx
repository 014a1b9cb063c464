import { Table } from '@/components/tables/table'
import type { Metadata } from 'next'
import { connection } from 'next/server'
import { Suspense } from 'react'
import { getTranslations } from 'next-intl/server'
import { useTranslations } from 'next-intl'
import { InLanguage } from '@/components/ui/local-name'
import { ENDPOINTS, type Endpoint } from '@/lib/api/endpoints'
import { badExampleBody, operationId } from '@/lib/api/openapi'
import { runExample } from '@/lib/api/run-example'
import { ROUTE_HANDLERS } from './route-handlers'
import { queryParameters, type JsonSchema } from '@/lib/api/schema'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('apiDocs')
  return { title: t('title') }
}

/**
 * The readable API documentation: every endpoint of lib/api/endpoints.ts (the registry
 * /api/openapi.json is generated from), its parameters from the zod schemas the routes validate
 * with, and each example's answer produced now by the route's own handler (each streamed in as
 * it is ready, so the page does not wait for the slowest). On /ru/api the page's own text is
 * Russian; what the registry says of each endpoint and parameter (also the OpenAPI document's
 * text) and the answers stay English, marked as such; the code samples are as they are.
 */

export default async function ApiPage() {
  await connection()
  const tags = [...new Set(ENDPOINTS.map((e) => e.tag))]
  const t = await getTranslations('apiDocs')
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>
  return (
    <div className="api-docs">
      <h1>{t('title')}</h1>
      <p className="lede">{t.rich('lede', { code, openapi: (chunks) => <a href="/api/openapi.json">{chunks}</a> })}</p>
      <ul className="api-facts">
        <li>{t.rich('factParameters', { strong, code })}</li>
        <li>{t.rich('factBadRequest', { strong, code, body: '{"error": "…", "parameter": "…"}' })}</li>
        <li>{t.rich('factUnavailable', { strong, code, body: '{"error": "…"}' })}</li>
        <li>{t.rich('factCsv', { strong, code })}</li>
        <li>{t.rich('factLang', { strong, code })}</li>
        <li>{t.rich('factAdmin', { code })}</li>
      </ul>

      <nav aria-label={t('endpoints')} className="api-toc">
        {tags.map((tag) => (
          <div key={tag}>
            <h2 className="api-toc-tag">
              <InLanguage>{tag}</InLanguage>
            </h2>
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
  const t = useTranslations('apiDocs')
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
      <InLanguage as="p">
        <span className="api-summary">{endpoint.summary}</span>
      </InLanguage>
      <InLanguage as="p">{endpoint.description}</InLanguage>
      <p className="muted">
        {t('answers')} <code>{response.mediaType}</code>: <InLanguage>{response.description}</InLanguage>
        {response.mediaType === 'text/csv' ? (
          <>
            {' '}
            {t('header')} <code>{response.columns.join(',')}</code>
            {response.columnsNote ? <InLanguage>, {response.columnsNote}</InLanguage> : ''}.
            {response.langColumns ? (
              <>
                {' '}
                {t('langColumns')} <InLanguage>{response.langColumns}</InLanguage>.
              </>
            ) : null}
          </>
        ) : null}
      </p>

      {parameters.length ? (
        <Table
          className="api-params"
          label={t('parametersOf', { path: endpoint.path })}
          caption={t('parameters')}
          columns={[
            { id: 'name', header: t('name'), cell: (p) => <code>{p.name}</code> },
            { id: 'type', header: t('type'), cell: (p) => <TypeOf schema={p.schema} /> },
            { id: 'required', header: t('required'), cell: (p) => (p.required ? t('yes') : t('no')) },
            { id: 'description', header: t('description'), cell: (p) => (p.description ? <InLanguage>{p.description}</InLanguage> : null) },
          ]}
          rows={parameters}
          rowKey={(p) => p.name}
        />
      ) : (
        <p>{t('noParameters')}</p>
      )}

      <h3>{t('example')}</h3>
      <p>
        <a href={example} className="api-example-link">
          <code>GET {example}</code>
        </a>
      </p>
      <Suspense fallback={<p className="muted api-running">{t('running')}</p>}>
        <ExampleAnswerFigure endpoint={endpoint} />
      </Suspense>
      <p className="api-bad">
        {t('badParameter')}{' '}
        <a href={bad}>
          <code>GET {bad}</code>
        </a>{' '}
        {t('answersBad')}{' '}
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
  const t = await getTranslations('apiDocs')
  let answer
  try {
    answer = await runExample(endpoint, ROUTE_HANDLERS[endpoint.path])
  } catch (error) {
    return (
      <p className="notice">
        {t('exampleFailed')} <InLanguage>{error instanceof Error ? error.message : String(error)}</InLanguage>
      </p>
    )
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
            — {endpoint.response.mediaType === 'text/csv' ? t('shortenedCsv', { count: answer.text.split('\n').length }) : t('shortenedJson')}
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
  const t = useTranslations('apiDocs.types')
  if (schema.type === 'array') {
    const { minItems, maxItems } = schema as { minItems?: number; maxItems?: number }
    const list =
      minItems !== undefined && maxItems !== undefined
        ? t('listFromTo', { min: minItems, max: maxItems })
        : maxItems !== undefined
          ? t('listUpTo', { max: maxItems })
          : t('list')
    return (
      <>
        {list} <TypeOf schema={(schema.items ?? {}) as JsonSchema} />
      </>
    )
  }
  if (Array.isArray(schema.enum)) {
    return (
      <>
        {t('oneOf')}{' '}
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
      {type === 'integer' ? t('integer') : type === 'string' ? t('string') : type ? t('other', { type }) : t('any')}
      {minimum !== undefined || maximum !== undefined ? ` ${t('range', { min: String(minimum ?? '…'), max: String(maximum ?? '…') })}` : ''}
      {maxLength !== undefined ? ` ${t('maxLength', { count: maxLength })}` : ''}
      {pattern ? (
        <>
          {' '}
          {t('matching')} <code>{pattern}</code>
        </>
      ) : null}
    </>
  )
}
