import { describe, expect, it } from 'vitest'
import { errorResponse, isDatabaseUnavailable, paramErrorBody, unavailableBody } from './error-response'
import { ParamError } from '../params'

describe('error answers', () => {
  it('tells a database that is down from other errors', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true)
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: new Error('Connection terminated unexpectedly') }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('Invalid prisma.party.count() invocation'), { code: 'P1001' }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } }))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false)
    expect(isDatabaseUnavailable(Object.assign(new Error('unique'), { code: 'P2002' }))).toBe(false)
  })

  it('answers 400 for a parameter, 503 for a database that is down, and rethrows bugs', async () => {
    expect(errorResponse(new ParamError('asOf', 'bad')).status).toBe(400)
    const down = errorResponse(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))
    expect(down.status).toBe(503)
    expect(down.headers.get('retry-after')).toBe('5')
    expect(() => errorResponse(new TypeError('bug'))).toThrow('bug')
  })

  it('answers with the bodies the API documentation is generated from', async () => {
    expect(paramErrorBody.parse(await errorResponse(new ParamError('asOf', 'bad')).json())).toEqual({ error: 'asOf: bad', parameter: 'asOf' })
    expect(unavailableBody.safeParse(await errorResponse(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })).json()).success).toBe(true)
  })
})
