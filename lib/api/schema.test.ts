import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { alignmentQuery, matrixQuery, parseQuery, tradeQuery } from '../params'
import { parsedQuery, queryParameter, queryParameters } from './schema'

describe('query parameters from zod schemas', () => {
  it('documents a plain field by its input schema, with its description and whether it is required', () => {
    expect(queryParameter('dir', z.enum(['asc', 'desc']).optional().meta({ description: 'Direction.' }))).toEqual({
      name: 'dir',
      in: 'query',
      required: false,
      description: 'Direction.',
      schema: { type: 'string', enum: ['asc', 'desc'] },
    })
    expect(queryParameter('q', z.string().max(5)).required).toBe(true)
  })

  it('documents a split list by the array it becomes, comma-separated (form, not exploded), bounds narrowed', () => {
    const list = z
      .string()
      .transform((v) => v.split(','))
      .pipe(z.array(z.string().regex(/^[A-Z]+$/)).max(50))
      .pipe(z.array(z.string()).min(2).max(10))
    expect(queryParameter('codes', list.optional())).toEqual({
      name: 'codes',
      in: 'query',
      required: false,
      style: 'form',
      explode: false,
      schema: { type: 'array', items: { type: 'string', pattern: '^[A-Z]+$' }, minItems: 2, maxItems: 10 },
    })
  })

  it('documents a digits-only string read as a number as an integer with its range', () => {
    const year = z
      .string()
      .regex(/^\d{4}$/)
      .transform(Number)
      .pipe(z.number().min(1945).max(2100))
    expect(queryParameter('from', year).schema).toEqual({ type: 'integer', minimum: 1945, maximum: 2100 })
    const loose = z.string().transform(Number).pipe(z.number().min(0))
    expect(queryParameter('x', loose).schema).toEqual({ type: 'number', minimum: 0 })
  })

  it('describes every parameter of the real schemas, each with a description', () => {
    for (const schema of [matrixQuery, alignmentQuery, tradeQuery]) {
      const ps = queryParameters(schema)
      expect(ps.map((p) => p.name)).toEqual(Object.keys(schema.shape))
      for (const p of ps) expect(p.description, p.name).toMatch(/\S/)
    }
  })
})

describe('the echoed query', () => {
  it('accepts what parseQuery returns and refuses an unknown key', () => {
    const echo = parsedQuery(tradeQuery)
    const parsed = parseQuery(tradeQuery, new URLSearchParams('reporters=kaz,uzb&partners=forum:sco,WLD&from=2000&flow=total'))
    expect(echo.parse(parsed)).toEqual(parsed)
    expect(echo.safeParse({ ...parsed, extra: 1 }).success).toBe(false)
    expect(echo.safeParse({ from: '2000' }).success).toBe(false)
  })
})
