import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import * as params from '../params'
import { ENDPOINTS } from './endpoints'
import { badExampleBody, buildOpenApiDocument, operationId } from './openapi'

/** The generated OpenAPI document: valid 3.1, complete, and generated from the schemas the routes really use. */

const doc = buildOpenApiDocument()
type Operation = (typeof doc.paths)[string]['get']

async function validate(document: unknown) {
  const validator = new Validator()
  // a copy: resolveRefs() replaces the references of the document it validated in place
  const result = await validator.validate(structuredClone(document) as Record<string, unknown>)
  return { ...result, validator }
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const { valid, errors, validator } = await validate(doc)
    expect(errors).toBeUndefined()
    expect(valid).toBe(true)
    expect(validator.version).toBe('3.1')
    expect(() => validator.resolveRefs()).not.toThrow()
  })

  it('is refused by the validator when broken (the validation can fail)', async () => {
    const broken = structuredClone(doc) as unknown as { paths: Record<string, { get: { responses: unknown } }> }
    broken.paths['/api/matrix'].get.responses = 'none'
    expect((await validate(broken)).valid).toBe(false)
    const dangling = structuredClone(doc)
    dangling.paths['/api/matrix'].get.responses['200'] = {
      description: 'x',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Nothing' } } },
    } as never
    expect((await validate(dangling)).valid).toBe(false)
  })

  it('is the same document every time (nothing in it depends on the day or the data)', () => {
    expect(JSON.stringify(buildOpenApiDocument())).toBe(JSON.stringify(doc))
  })

  it('says the admin routes are left out', () => {
    expect(doc.info.description).toContain('/api/admin')
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/admin'))).toBe(false)
  })

  it.each(ENDPOINTS.map((e) => [e.path, e] as const))('documents %s from its query schema, with its answers', (p, endpoint) => {
    const op = doc.paths[p].get as Operation
    expect(op.operationId).toBe(operationId(endpoint))
    // every parameter of the zod schema, in its order, and nothing else
    expect(op.parameters.map((x) => x.name)).toEqual(Object.keys(endpoint.query.shape))
    for (const parameter of op.parameters) {
      expect(parameter.in).toBe('query')
      expect(parameter.description, `${p} ${parameter.name}`).toBeTruthy()
      if (parameter.schema.type === 'array') expect([parameter.style, parameter.explode]).toEqual(['form', false])
    }
    const ok = op.responses['200'] as unknown as { content: Record<string, { schema: { $ref?: string } }> }
    expect(Object.keys(ok.content)).toEqual([endpoint.response.mediaType])
    if (endpoint.response.mediaType === 'application/json') {
      const name = ok.content['application/json'].schema.$ref!.split('/').pop()!
      expect(doc.components.schemas[name]).toBeDefined()
    }
    expect(op.responses['400'].content['application/json'].examples[endpoint.badExample.slice(1)].value).toEqual(badExampleBody(endpoint))
    expect('503' in op.responses).toBe(endpoint.database)
  })

  it('lists parameters as the routes read them: comma lists as arrays, years as integers, allowed values as enums', () => {
    const matrix = (doc.paths['/api/matrix'].get as Operation).parameters
    const kinds = matrix.find((x) => x.name === 'kinds')!
    expect(kinds.schema).toEqual({ type: 'array', items: { type: 'string', enum: ['treaty_organization', 'summit_format', 'dialogue_platform', 'process'] } })
    expect(matrix.find((x) => x.name === 'dir')!.schema).toEqual({ type: 'string', enum: ['asc', 'desc'] })
    const from = (doc.paths['/api/trade.csv'].get as Operation).parameters.find((x) => x.name === 'from')!
    expect(from.schema).toEqual({ type: 'integer', minimum: 1945, maximum: 2100 })
    const forums = (doc.paths['/api/overlaps'].get as Operation).parameters.find((x) => x.name === 'forums')!
    expect(forums.schema).toMatchObject({ type: 'array', minItems: 1, maxItems: 10, items: { pattern: '^[A-Z0-9+]{2,12}$' } })
  })
})

describe('the endpoint registry', () => {
  it.each(ENDPOINTS.map((e) => [e.path, e] as const))('%s: the example is accepted and the bad example refused by the schema', (_p, endpoint) => {
    expect(() => params.parseQuery(endpoint.query, new URLSearchParams(endpoint.example))).not.toThrow()
    expect(() => params.parseQuery(endpoint.query, new URLSearchParams(endpoint.badExample))).toThrow(params.ParamError)
  })

  it('has one entry per path', () => {
    expect(new Set(ENDPOINTS.map((e) => e.path)).size).toBe(ENDPOINTS.length)
  })
})
