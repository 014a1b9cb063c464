import { z } from 'zod'

/**
 * From the zod schemas that validate requests (lib/params.ts) to OpenAPI 3.1 pieces. Nothing here
 * is written by hand per parameter: each one's schema is what zod generates for it.
 *
 * A URL parameter arrives as a string and most of ours go through a transform (split a list, read a
 * number, upper-case a code), which JSON Schema cannot express. So a parameter is documented by the
 * *input* side (`io: 'input'`) of the stages after its last transform, i.e. the value the transform
 * hands on: for `forums=SCO,EAEU` that is an array of codes, which OpenAPI writes as a query
 * parameter with `style: form, explode: false` (comma-separated). A parameter without a transform
 * is documented by its own input schema.
 */

export type JsonSchema = Record<string, unknown>

export interface QueryParameter {
  name: string
  in: 'query'
  required: boolean
  description?: string
  style?: 'form'
  explode?: boolean
  schema: JsonSchema
}

type AnyZod = z.core.$ZodType

/** The chain of stages a value goes through: a pipe is its input's stages, then its output's. */
function stages(schema: AnyZod): AnyZod[] {
  const def = schema._zod.def as { type: string; in?: AnyZod; out?: AnyZod }
  return def.type === 'pipe' ? [...stages(def.in!), ...stages(def.out!)] : [schema]
}

function unwrapOptional(schema: AnyZod): { inner: AnyZod; optional: boolean } {
  let inner = schema
  let optional = false
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: AnyZod }
    if (def.type !== 'optional' || !def.innerType) return { inner, optional }
    optional = true
    inner = def.innerType
  }
}

/** One stage as JSON Schema (draft 2020-12, which OpenAPI 3.1 uses), without the `$schema` line. */
function jsonSchemaOf(schema: AnyZod, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) as JsonSchema
  return rest
}

const LOWER_BOUNDS = new Set(['minItems', 'minimum', 'minLength'])
const UPPER_BOUNDS = new Set(['maxItems', 'maximum', 'maxLength'])

/** Two successive stages that both hold: bounds narrow, item schemas merge, anything else the later one adds. */
function mergeStages(a: JsonSchema, b: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const prev = out[key]
    if (prev === undefined) out[key] = value
    else if (key === 'items') out[key] = mergeStages(prev as JsonSchema, value as JsonSchema)
    else if (LOWER_BOUNDS.has(key)) out[key] = Math.max(prev as number, value as number)
    else if (UPPER_BOUNDS.has(key)) out[key] = Math.min(prev as number, value as number)
    else out[key] = value
  }
  return out
}

/** The OpenAPI parameter object of one field of a query schema. */
export function queryParameter(name: string, field: AnyZod): QueryParameter {
  const { inner, optional } = unwrapOptional(field)
  const chain = stages(inner)
  const lastTransform = chain.map((s) => (s._zod.def as { type: string }).type).lastIndexOf('transform')
  let schema: JsonSchema
  let list = false
  if (lastTransform === -1) {
    schema = jsonSchemaOf(inner, 'input')
  } else {
    schema = chain
      .slice(lastTransform + 1)
      .map((s) => jsonSchemaOf(s, 'input'))
      .reduce(mergeStages)
    list = schema.type === 'array'
    // "2020" read as a number: a string of digits only is an integer.
    const before = chain.slice(0, lastTransform).map((s) => jsonSchemaOf(s, 'input'))
    if (schema.type === 'number' && before.some((s) => typeof s.pattern === 'string' && /^\^\\d(\{\d+\}|\+)\$$/.test(s.pattern)))
      schema = { ...schema, type: 'integer' }
  }
  const meta = z.globalRegistry.get(field) as { description?: string; examples?: unknown[] } | undefined
  return {
    name,
    in: 'query',
    required: !optional,
    ...(meta?.description ? { description: meta.description } : {}),
    ...(list ? { style: 'form' as const, explode: false } : {}),
    schema: meta?.examples ? { ...schema, examples: meta.examples } : schema,
  }
}

/** Every parameter of a query schema (a z.object of URL parameters), in the schema's order. */
export function queryParameters(query: z.ZodObject): QueryParameter[] {
  return Object.entries(query.shape).map(([name, field]) => queryParameter(name, field as AnyZod))
}

/**
 * The schema of a parsed query as a JSON answer echoes it back (`"query": {…}`): each field is the
 * output of its last stage (a list is an array, a year a number), and absent when not given.
 */
export function parsedQuery<S extends z.ZodObject>(query: S) {
  const shape: Record<string, z.ZodType> = {}
  for (const [name, field] of Object.entries(query.shape)) {
    const chain = stages(unwrapOptional(field as AnyZod).inner)
    shape[name] = (chain[chain.length - 1] as z.ZodType).optional()
  }
  return z.strictObject(shape)
}
