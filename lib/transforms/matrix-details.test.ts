import { describe, expect, it } from 'vitest'
import { windowMatrix } from '../../tests/support/matrix-oracle'
import { buildMatrix, type MatrixIntervalInput } from './matrix'
import { cellDetail, packDetails } from './matrix-details'

const source = (id: string) => ({ id, title: `Title ${id}`, publisher: null, url: null, published: null, kind: 'official' })
const forums = [
  { code: 'SCO', name: 'Shanghai Cooperation Organisation', shortName: 'SCO', kind: 'treaty_organization', founded: '2001-06-15', dissolved: null },
  { code: 'EURASEC', name: 'Eurasian Economic Community', shortName: 'EurAsEC', kind: 'treaty_organization', founded: '2000-10-10', dissolved: '2014-12-31' },
]
const parties = [
  { code: 'IND', name: 'Republic of India', shortName: 'India', kind: 'state', region: 'South Asia' },
  { code: 'KAZ', name: 'Kazakhstan', shortName: 'Kazakhstan', kind: 'state', region: 'Central Asia' },
]
const iv = (partyCode: string, forumCode: string, extra: Partial<MatrixIntervalInput>): MatrixIntervalInput => ({
  partyCode,
  forumCode,
  status: 'member',
  validFrom: '2017-06-09',
  validFromPrecision: 'day',
  validTo: null,
  validToPrecision: null,
  note: null,
  source: source('s1'),
  ...extra,
})
const current = [
  iv('IND', 'SCO', {}),
  iv('KAZ', 'SCO', {
    validFrom: '2001-06-01',
    validFromPrecision: 'month',
    validTo: '2030-01-01',
    validToPrecision: 'year',
    note: 'A note | with a bar',
    source: source('s2'),
  }),
  iv('KAZ', 'EURASEC', { note: 'A note | with a bar', source: source('s2') }),
]
const window = windowMatrix(buildMatrix({ forums, parties, current }, { asOf: '2020-01-01', forums: ['SCO', 'EURASEC'] }), {
  page: 1,
  pageSize: 10,
  colPage: 1,
  colPageSize: 10,
})

describe('packDetails / cellDetail', () => {
  const details = packDetails(window)

  it('gives back every cell with a status as it was, dates as precisely as they are known', () => {
    expect(cellDetail(details, 'IND', 'SCO')).toEqual({
      since: '2017-06-09',
      sincePrecision: 'day',
      until: null,
      untilPrecision: null,
      note: null,
      sourceId: 's1',
    })
    expect(cellDetail(details, 'KAZ', 'SCO')).toEqual({
      since: '2001-06',
      sincePrecision: 'month',
      until: '2030',
      untilPrecision: 'year',
      note: 'A note | with a bar',
      sourceId: 's2',
    })
    expect(cellDetail(details, 'IND', 'EURASEC')).toBeNull()
  })

  it('writes each note and source once', () => {
    expect(details.notes).toEqual(['A note | with a bar'])
    expect([...details.sources].sort()).toEqual(['s1', 's2'])
  })

  it('carries the full names and each forum’s existence on the day', () => {
    expect(details.parties).toEqual({ IND: 'Republic of India', KAZ: 'Kazakhstan' })
    expect(details.forums.EURASEC).toEqual(['EurAsEC', 'Eurasian Economic Community', 'dissolved'])
    expect(details.asOf).toBe('2020-01-01')
  })
})
