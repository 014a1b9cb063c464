import { describe, expect, it } from 'vitest'
import { dayAfter, groupByStatus, inForce, inForceOn, runStart } from './as-of'

const i = (validFrom: string, validTo: string | null, status = 'member' as const, partyCode = 'IND') => ({ validFrom, validTo, status, partyCode })

describe('as-of helpers', () => {
  it('treats both ends as inclusive and a null end as open', () => {
    expect(inForceOn(i('2017-06-09', null), '2017-06-09')).toBe(true)
    expect(inForceOn(i('2017-06-09', null), '2017-06-08')).toBe(false)
    expect(inForceOn(i('2005-07-05', '2017-06-08'), '2017-06-08')).toBe(true)
    expect(inForceOn(i('2005-07-05', '2017-06-08'), '2017-06-09')).toBe(false)
    expect(inForce([i('2000-01-01', '2000-12-31'), i('2001-01-01', null)], '2001-06-01')).toHaveLength(1)
  })

  it('groups by status in vocabulary order', () => {
    const rows = [i('2000-01-01', null, 'observer' as never), i('2000-01-01', null), i('2000-01-01', null, 'suspended' as never)]
    expect(groupByStatus(rows).map((g) => g.status)).toEqual(['member', 'observer', 'suspended'])
  })

  it('finds where an uninterrupted run started across status changes', () => {
    const obs = i('2005-07-05', '2017-06-08', 'observer' as never)
    const mem = i('2017-06-09', null)
    expect(runStart([obs, mem], mem)).toBe(obs)
    const gap = i('2006-08-16', null)
    expect(runStart([i('1994-04-20', '1999-04-20'), gap], gap)).toBe(gap)
    expect(dayAfter('2024-02-28')).toBe('2024-02-29')
    expect(dayAfter('2023-12-31')).toBe('2024-01-01')
  })
})
