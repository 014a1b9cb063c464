import { describe, expect, it } from 'vitest'
import { buildMatrix, forumExistence, previousYearStop, windowMatrix, type MatrixIntervalInput } from './matrix'

const source = { id: 's1', title: 'T', publisher: null, url: 'https://example.org', published: null, kind: 'official' }
const forums = [
  { code: 'SCO', name: 'Shanghai Cooperation Organisation', shortName: 'SCO', kind: 'treaty_organization', founded: '2001-06-15', dissolved: null },
  { code: 'EURASEC', name: 'Eurasian Economic Community', shortName: 'EurAsEC', kind: 'treaty_organization', founded: '2000-10-10', dissolved: '2014-12-31' },
  { code: 'EAEU', name: 'Eurasian Economic Union', shortName: 'EAEU', kind: 'treaty_organization', founded: '2015-01-01', dissolved: null },
]
const parties = [
  { code: 'IND', name: 'India', shortName: 'India', kind: 'state', region: 'South Asia' },
  { code: 'KAZ', name: 'Kazakhstan', shortName: 'Kazakhstan', kind: 'state', region: 'Central Asia' },
  { code: 'MNG', name: 'Mongolia', shortName: 'Mongolia', kind: 'state', region: 'East Asia' },
  { code: 'GEO', name: 'Georgia', shortName: 'Georgia', kind: 'state', region: 'South Caucasus' },
]
const iv = (partyCode: string, forumCode: string, status: MatrixIntervalInput['status']): MatrixIntervalInput => ({
  partyCode, forumCode, status, validFrom: '2000-01-01', validFromPrecision: 'day', validTo: null, validToPrecision: null, note: null, source,
})

describe('buildMatrix', () => {
  const current = [iv('IND', 'SCO', 'member'), iv('KAZ', 'SCO', 'member'), iv('MNG', 'SCO', 'observer'), iv('KAZ', 'EAEU', 'member')]
  const previous = [iv('IND', 'SCO', 'observer'), iv('KAZ', 'SCO', 'member'), iv('MNG', 'SCO', 'observer'), iv('KAZ', 'EURASEC', 'member')]

  it('pivots intervals into cells, in the requested column order', () => {
    const m = buildMatrix({ forums, parties, current }, { asOf: '2017-06-09', forums: ['EAEU', 'SCO'] })
    expect(m.columns.map((c) => c.code)).toEqual(['EAEU', 'SCO'])
    expect(m.rows.map((r) => [r.code, r.cells.EAEU?.status ?? '', r.cells.SCO?.status ?? ''])).toEqual([
      ['GEO', '', ''],
      ['IND', '', 'member'],
      ['KAZ', 'member', 'member'],
      ['MNG', '', 'observer'],
    ])
  })

  it('marks cells that changed since the comparison day, with what they were', () => {
    const m = buildMatrix({ forums, parties, current, previous }, { asOf: '2017-06-09', compareTo: '2016-06-09', forums: ['SCO', 'EURASEC'] })
    const ind = m.rows.find((r) => r.code === 'IND')!
    const kaz = m.rows.find((r) => r.code === 'KAZ')!
    expect(ind.changed).toEqual({ SCO: 'observer' })
    expect(kaz.changed).toEqual({ EURASEC: 'member' })
    expect(m.rows.find((r) => r.code === 'MNG')!.changed).toEqual({})
  })

  it('filters by region, kind, text and "only parties in at least one selected forum"', () => {
    const base = { asOf: '2017-06-09', forums: ['SCO'] }
    expect(buildMatrix({ forums, parties, current }, { ...base, regions: ['Central Asia', 'East Asia'] }).rows.map((r) => r.code)).toEqual(['KAZ', 'MNG'])
    expect(buildMatrix({ forums, parties, current }, { ...base, text: 'ind' }).rows.map((r) => r.code)).toEqual(['IND'])
    expect(buildMatrix({ forums, parties, current }, { ...base, text: 'kaz' }).rows.map((r) => r.code)).toEqual(['KAZ'])
    expect(buildMatrix({ forums, parties, current }, { ...base, onlyInSelected: true }).rows.map((r) => r.code)).toEqual(['IND', 'KAZ', 'MNG'])
    expect(buildMatrix({ forums, parties, current }, { ...base, partyKinds: ['bloc'] }).rows).toEqual([])
  })

  it('sorts by a forum column: members first, then observers, …, then outsiders; by name within', () => {
    const m = buildMatrix({ forums, parties, current }, { asOf: '2017-06-09', forums: ['SCO'], sort: { by: 'forum', forum: 'SCO', dir: 'asc' } })
    expect(m.rows.map((r) => r.code)).toEqual(['IND', 'KAZ', 'MNG', 'GEO'])
    const desc = buildMatrix({ forums, parties, current }, { asOf: '2017-06-09', forums: ['SCO'], sort: { by: 'forum', forum: 'SCO', dir: 'desc' } })
    expect(desc.rows.map((r) => r.code)).toEqual(['GEO', 'MNG', 'IND', 'KAZ'])
    const region = buildMatrix({ forums, parties, current }, { asOf: '2017-06-09', forums: ['SCO'], sort: { by: 'region', dir: 'asc' } })
    expect(region.rows.map((r) => r.region)).toEqual(['Central Asia', 'East Asia', 'South Asia', 'South Caucasus'])
  })

  it('summarises each forum over the rows shown and lists the sources used', () => {
    const m = buildMatrix({ forums, parties, current }, { asOf: '2017-06-09', forums: ['SCO', 'EAEU'] })
    expect(m.summary.SCO).toMatchObject({ member: 2, observer: 1, partner: 0 })
    expect(m.summary.EAEU.member).toBe(1)
    expect(m.sources.map((s) => s.id)).toEqual(['s1'])
  })

  it('says when a forum did not exist on the day', () => {
    expect(forumExistence(forums[2], '2014-12-31')).toBe('not-yet-founded')
    expect(forumExistence(forums[2], '2015-01-01')).toBe('active')
    expect(forumExistence(forums[1], '2014-12-31')).toBe('active')
    expect(forumExistence(forums[1], '2015-01-01')).toBe('dissolved')
    const m = buildMatrix({ forums, parties, current: [] }, { asOf: '2010-01-01', forums: ['EAEU', 'EURASEC'] })
    expect(m.columns.map((c) => c.existence)).toEqual(['not-yet-founded', 'active'])
  })

  it('steps back one slider stop, minding leap days', () => {
    expect(previousYearStop('2017-06-09')).toBe('2016-06-09')
    expect(previousYearStop('2024-02-29')).toBe('2023-02-28')
  })
})

describe('windowMatrix', () => {
  const current = [iv('IND', 'SCO', 'member'), iv('KAZ', 'SCO', 'member'), iv('MNG', 'SCO', 'observer'), iv('KAZ', 'EAEU', 'member'), iv('GEO', 'EURASEC', 'member')]
  const whole = buildMatrix({ forums, parties, current: current.map((c) => (c.partyCode === 'GEO' ? { ...c, source: { ...source, id: 's2' } } : c)) }, { asOf: '2010-06-09', forums: ['SCO', 'EURASEC', 'EAEU'] })

  it('shows one page of rows and one page of columns, keeping the whole-matrix order and counts', () => {
    const w = windowMatrix(whole, { page: 2, pageSize: 3, colPage: 1, colPageSize: 2 })
    expect(w.rows.map((r) => r.code)).toEqual(['MNG'])
    expect(w.columns.map((c) => c.code)).toEqual(['SCO', 'EURASEC'])
    expect(Object.keys(w.rows[0].cells)).toEqual(['SCO', 'EURASEC'])
    expect(w.summary).toEqual({ SCO: whole.summary.SCO, EURASEC: whole.summary.EURASEC })
    expect(w.paging).toMatchObject({ page: 2, pages: 2, rowsTotal: 4, firstRow: 3, colPage: 1, colPages: 2, columnsTotal: 3, firstColumn: 0 })
  })

  it('lists only the sources of the cells shown', () => {
    expect(whole.sources.map((s) => s.id)).toEqual(['s1', 's2'])
    const firstRows = windowMatrix(whole, { page: 2, pageSize: 2, colPage: 1, colPageSize: 3 }) // KAZ, MNG
    expect(firstRows.rows.map((r) => r.code)).toEqual(['KAZ', 'MNG'])
    expect(firstRows.sources.map((s) => s.id)).toEqual(['s1'])
  })

  it('shows the last page for a page past the end, and one empty page for an empty matrix', () => {
    expect(windowMatrix(whole, { page: 9, pageSize: 3, colPage: 9, colPageSize: 2 }).paging).toMatchObject({ page: 2, colPage: 2 })
    const empty = windowMatrix({ ...whole, rows: [], columns: [] }, { page: 1, pageSize: 3, colPage: 1, colPageSize: 2 })
    expect(empty.paging).toMatchObject({ page: 1, pages: 1, colPage: 1, colPages: 1 })
  })
})
