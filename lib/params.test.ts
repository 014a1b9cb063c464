import { describe, expect, it } from 'vitest'
import { mapQuery, membershipQuery, ParamError, parseQuery } from './params'

const parse = (qs: string) => parseQuery(membershipQuery, new URLSearchParams(qs))
const errorOf = (qs: string) => {
  try {
    parse(qs)
  } catch (error) {
    return error as ParamError
  }
  throw new Error(`no error for ${qs}`)
}

describe('memberships query parameters', () => {
  it('parses dates and code lists, upper-casing codes and reading "+" back from a space', () => {
    expect(parse('asOf=2017-06-09&forums=sco,EAEU&parties=kaz, uzb')).toEqual({ asOf: '2017-06-09', forums: ['SCO', 'EAEU'], parties: ['KAZ', 'UZB'] })
    expect(parse('forums=C5+US,3%2B3').forums).toEqual(['C5+US', '3+3'])
    expect(parse('')).toEqual({})
    expect(parse('forums=SCO&forums=CSTO').forums).toEqual(['SCO', 'CSTO'])
  })

  it.each([
    ['asOf=2017-13-01', 'asOf', /date/],
    ['asOf=2017-02-30', 'asOf', /calendar/],
    ['asOf=yesterday', 'asOf', /YYYY-MM-DD/],
    ['forums=SCO;EAEU', 'forums', /codes/],
    ['parties=<script>', 'parties', /codes/],
    ['asof=2017-01-01', 'asof', /unknown parameter/],
    ['asOf=2017-01-01&asOf=2018-01-01', 'asOf', /YYYY-MM-DD/],
  ])('rejects %s naming the parameter', (qs, parameter, message) => {
    const error = errorOf(qs)
    expect(error).toBeInstanceOf(ParamError)
    expect(error.parameter).toBe(parameter)
    expect(error.message).toMatch(message)
  })
})

describe('map query parameters', () => {
  const map = (qs: string) => parseQuery(mapQuery, new URLSearchParams(qs))
  it('reads a forum code (with "+" from a space), a date and a view', () => {
    expect(map('forum=csto&asOf=2012-12-20&view=world')).toEqual({ forum: 'CSTO', asOf: '2012-12-20', view: 'world' })
    expect(map('forum=C5+US').forum).toBe('C5+US')
    expect(map('')).toEqual({})
  })
  it.each([
    ['view=europe', 'view', /region or world/],
    ['forum=<b>', 'forum', /forum code/],
    ['asOf=2012-02-30', 'asOf', /calendar/],
    ['forums=SCO', 'forums', /unknown parameter/],
  ])('rejects %s naming the parameter', (qs, parameter, message) => {
    const error = (() => {
      try {
        map(qs)
      } catch (e) {
        return e as ParamError
      }
      throw new Error(`no error for ${qs}`)
    })()
    expect(error.parameter).toBe(parameter)
    expect(error.message).toMatch(message)
  })
})
