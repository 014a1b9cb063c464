import { z } from 'zod'
import { version } from '../../package.json'
import { paramErrorBody, RETRY_AFTER_SECONDS, unavailableBody } from '../http/error-response'
import { ParamError, parseQuery } from '../params'
import { ENDPOINTS, type Endpoint } from './endpoints'
import { SHARED_SCHEMAS } from './responses'
import { queryParameters, type JsonSchema } from './schema'

/**
 * The OpenAPI 3.1 document of the public API, generated from the endpoint registry
 * (lib/api/endpoints.ts): parameters from the zod schemas the routes validate with, JSON answers
 * from the zod schemas of lib/api/responses.ts, the 400 example of each endpoint from running its
 * bad example through the same parser the route uses. Pure and deterministic: the same code gives
 * the same document.
 */

/** "/api/export/cow-igo.csv" → "getExportCowIgoCsv". */
export function operationId(endpoint: Pick<Endpoint, 'method' | 'path'>): string {
  const words = endpoint.path
    .replace(/^\/api\//, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
  return endpoint.method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')
}

/** The 400 answer the route gives for its bad example (the parser throws before any database read). */
export function badExampleBody(endpoint: Endpoint): z.output<typeof paramErrorBody> {
  try {
    parseQuery(endpoint.query, new URLSearchParams(endpoint.badExample))
  } catch (error) {
    if (error instanceof ParamError) return { error: error.message, parameter: error.parameter }
    throw error
  }
  throw new Error(`${endpoint.path}: the bad example ${endpoint.badExample} is accepted by its schema`)
}

function componentName(endpoint: Endpoint): string {
  const id = operationId(endpoint).replace(/^get/, '')
  return `${id}Response`
}

/** Every JSON answer schema, the two error bodies and the shared parts, as `components.schemas`. */
function componentSchemas(endpoints: Endpoint[]): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>()
  registry.add(paramErrorBody, { id: 'ParameterError' })
  registry.add(unavailableBody, { id: 'DatabaseUnavailable' })
  for (const [id, schema] of Object.entries(SHARED_SCHEMAS)) registry.add(schema, { id })
  for (const e of endpoints)
    if (e.response.mediaType === 'application/json' && !registry.has(e.response.schema)) registry.add(e.response.schema, { id: componentName(e) })
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    // z.number().int() adds ±MAX_SAFE_INTEGER bounds: true of every JSON number we write, noise to a reader.
    override: ({ jsonSchema }) => {
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum
    },
  }) as { schemas: Record<string, JsonSchema> }
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _, $id: __, ...rest }]) => [id, rest]))
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

function operation(endpoint: Endpoint) {
  const { response } = endpoint
  const ok =
    response.mediaType === 'application/json'
      ? { description: response.description, content: { 'application/json': { schema: ref(componentName(endpoint)) } } }
      : {
          description: `${response.description} Header: ${response.columns.join(',')}${response.columnsNote ? `, ${response.columnsNote}` : ''}.${response.langColumns ? ` With lang=ru, after these: ${response.langColumns}.` : ''} RFC 4180, UTF-8, CRLF line ends; text cells that a spreadsheet would run as a formula start with '.`,
          content: { 'text/csv': { schema: { type: 'string' } } },
        }
  const example = endpoint.example ? `Example: \`${endpoint.path}${endpoint.example}\`.` : ''
  return {
    operationId: operationId(endpoint),
    summary: endpoint.summary,
    description: [endpoint.description, example].filter(Boolean).join('\n\n'),
    tags: [endpoint.tag],
    parameters: queryParameters(endpoint.query),
    responses: {
      '200': ok,
      '400': {
        description: Object.keys(endpoint.query.shape).length
          ? 'A parameter is malformed, out of range, unknown (an unknown parameter name too), or names a forum or party that does not exist. The example is what this endpoint answers to the query string that names it.'
          : 'This endpoint takes no parameters: any parameter is refused by name.',
        content: { 'application/json': { schema: ref('ParameterError'), examples: { [endpoint.badExample.slice(1)]: { value: badExampleBody(endpoint) } } } },
      },
      ...(endpoint.database ? { '503': { $ref: '#/components/responses/DatabaseUnavailable' } } : {}),
    },
  }
}

export function buildOpenApiDocument(endpoints: Endpoint[] = ENDPOINTS) {
  const paths: Record<string, { get: ReturnType<typeof operation> }> = {}
  for (const e of endpoints) paths[e.path] = { get: operation(e) }
  const tags = [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name }))
  return {
    openapi: '3.1.0' as const,
    info: {
      title: 'forum-atlas API',
      version,
      summary: 'Who belongs to which multilateral forum, in which status, since when — with trade.',
      description: [
        'Read-only access to the dataset of forum-atlas: membership intervals of multilateral forums (Central Asia, the South Caucasus, Afghanistan and their partners), the membership matrix, overlaps, alignment scores and merchandise trade. Every fact carries its source.',
        'Every endpoint answers GET, takes only the query parameters listed (an unknown one is refused with 400), and writes CSV as RFC 4180 UTF-8. A read answers 503 with Retry-After while the database is unreachable.',
        'The admin routes under /api/admin (curation: sign-in, edits, imports, the audit trail) are not part of the public API: they need a curator session and a CSRF token, and are deliberately left out of this document.',
        'A readable version of this document, with live example answers, is at /api.',
      ].join('\n\n'),
    },
    servers: [{ url: '/' }],
    tags,
    paths,
    components: {
      schemas: componentSchemas(endpoints),
      responses: {
        DatabaseUnavailable: {
          description: 'The database is unreachable right now; the connection pool reconnects by itself, so retry after the given seconds.',
          headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', const: RETRY_AFTER_SECONDS } } },
          content: { 'application/json': { schema: ref('DatabaseUnavailable') } },
        },
      },
    },
  }
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>
