import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignmentQuery, cowExportQuery, mapQuery, matrixQuery, membershipQuery, overlapsQuery, ParamError, parseQuery, tradeQuery } from './params'

/** Generated URL parameters: every schema either accepts them or names the parameter it refuses; nothing else ever escapes. */

const SCHEMAS = { membershipQuery, matrixQuery, mapQuery, overlapsQuery, alignmentQuery, tradeQuery, cowExportQuery }
const keys = [...new Set(Object.values(SCHEMAS).flatMap((s) => Object.keys(s.shape))), 'x', '', 'asof', '__proto__']
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('2017-02-30', '9999-99-99', 'SCO,,EAEU', 'forum:', 'forum:SCO', '<script>', '=1+1', '1e9', '-1', ' ', '%00', 'C5 US', 'a'.repeat(5000)),
)

describe('URL parameters under generated input', () => {
  it.each(Object.entries(SCHEMAS))('%s never throws anything but a ParamError naming a parameter', (_, schema) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), nasty), { maxLength: 6 }), (pairs) => {
        const params = new URLSearchParams()
        for (const [k, v] of pairs) params.append(k, v)
        try {
          parseQuery(schema, params)
        } catch (error) {
          expect(error).toBeInstanceOf(ParamError)
          const e = error as ParamError
          expect(e.parameter.length).toBeGreaterThan(0)
          expect(e.message.startsWith(`${e.parameter}: `)).toBe(true)
        }
      }),
      { numRuns: 1500 },
    )
  })
})
