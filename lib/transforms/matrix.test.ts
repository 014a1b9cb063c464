import { describe, expect, it } from 'vitest'
import { windowMatrix, changesBetween } from '../../tests/support/matrix-oracle'
import { MEMBERSHIP_STATUSES } from '../domain/vocabulary'
import {
  buildMatrix,
  buildMatrixWindow,
  forumExistence,
  previousYearStop,
  type MatrixIntervalInput,
  type MatrixOptions,
  type MatrixSort,
  type MatrixWindowOptions,
  STATUS_RANK,
} from './matrix'

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
  partyCode,
  forumCode,
  status,
  validFrom: '2000-01-01',
  validFromPrecision: 'day',
  validTo: null,
  validToPrecision: null,
  note: null,
  source,
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
    const m = buildMatrix(
      { forums, parties, current, changes: changesBetween(previous, current) },
      { asOf: '2017-06-09', compareTo: '2016-06-09', forums: ['SCO', 'EURASEC'] },
    )
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
    // The name in the other interface language is found too, ё read as е; it does not become part of the row.
    const otherNames = { KAZ: ['Казахстан'], IND: ['Индия'] }
    expect(buildMatrix({ forums, parties, current }, { ...base, text: 'казах', otherNames }).rows.map((r) => r.code)).toEqual(['KAZ'])
    expect(buildMatrix({ forums, parties, current }, { ...base, text: 'ИНДИЯ', otherNames }).rows.map((r) => r.code)).toEqual(['IND'])
    expect(Object.keys(buildMatrix({ forums, parties, current }, { ...base, text: 'казах', otherNames }).rows[0])).not.toContain('otherNames')
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
  const current = [
    iv('IND', 'SCO', 'member'),
    iv('KAZ', 'SCO', 'member'),
    iv('MNG', 'SCO', 'observer'),
    iv('KAZ', 'EAEU', 'member'),
    iv('GEO', 'EURASEC', 'member'),
  ]
  const whole = buildMatrix(
    { forums, parties, current: current.map((c) => (c.partyCode === 'GEO' ? { ...c, source: { ...source, id: 's2' } } : c)) },
    { asOf: '2010-06-09', forums: ['SCO', 'EURASEC', 'EAEU'] },
  )

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

describe('buildMatrixWindow', () => {
  // A small generated world (seeded, so a failure can be replayed): several regions, kinds and
  // sources, cells written twice (the later interval wins), and statuses that changed since.
  // mulberry32: integer arithmetic only, so the sequence is the same everywhere
  let seed = 1
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const world = {
    forums: ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7'].map((code, n) => ({
      code,
      name: `Forum ${code}`,
      shortName: code,
      kind: n % 2 ? 'summit' : 'treaty_organization',
      founded: `${1990 + n * 5}-01-01`,
      dissolved: n === 3 ? '2005-12-31' : null,
    })),
    parties: Array.from({ length: 13 }, (_, n) => ({
      code: `P${String.fromCharCode(77 - n)}`,
      name: pick(['Alba', 'alba', 'Borea', 'Ceres', 'Dacia', 'Éire', 'Fenn']) + (n % 4 ? ` ${n}` : ''),
      shortName: `P${n}`,
      kind: n % 5 ? 'state' : 'bloc',
      region: pick(['North', 'South', 'East']),
    })),
  }
  const sourceOf = () => ({ ...source, id: pick(['s3', 's1', 's10', 's2']) })
  const cellsOf = () =>
    Array.from({ length: 45 }, () => ({ ...iv(pick(world.parties).code, pick(world.forums).code, pick(MEMBERSHIP_STATUSES)), source: sourceOf() }))
  const current = cellsOf()
  const previous = cellsOf()
  const changes = cellsOf().map((c) => ({ partyCode: c.partyCode, forumCode: c.forumCode, was: random() < 0.3 ? null : c.status }))
  const inputs = {
    none: { ...world, current },
    previous: { ...world, current, changes: changesBetween(previous, current) },
    changes: { ...world, current, changes },
  }

  const sorts: (MatrixSort | undefined)[] = [undefined]
  for (const dir of ['asc', 'desc'] as const) {
    sorts.push({ by: 'name', dir }, { by: 'region', dir }, { by: 'code', dir }, { by: 'forum', forum: 'F2', dir }, { by: 'forum', forum: 'F7', dir })
  }
  const filters: Partial<MatrixOptions>[] = [
    {},
    { regions: ['North', 'East'] },
    { partyKinds: ['state'] },
    { text: 'ALBA' },
    { parties: ['PM', 'PK', 'PB'] },
    { partyKinds: ['organization'] },
  ]
  // The second repeats a code (so a window can show F2 before F3 though F3's slot comes first) and names an unknown one.
  const columnSets = [['F2', 'F5', 'F1', 'F3', 'F4', 'F6'], ['F3', 'F1', 'F2', 'F3', 'F9'], []]
  const windows: MatrixWindowOptions[] = [
    { page: 1, pageSize: 100, colPage: 1, colPageSize: 20 },
    { page: 2, pageSize: 4, colPage: 2, colPageSize: 2 },
    { page: 1, pageSize: 3, colPage: 3, colPageSize: 2 },
    { page: 99, pageSize: 5, colPage: 99, colPageSize: 4 },
    { page: 3, pageSize: 1, colPage: 1, colPageSize: 1 },
  ]

  it('gives exactly the window of the whole matrix, for every sort, filter, comparison and window', () => {
    let compared = 0
    let empty = 0
    for (const [name, input] of Object.entries(inputs))
      for (const forums of columnSets)
        for (const sort of sorts)
          for (const filter of filters)
            for (const onlyInSelected of [false, true]) {
              const options: MatrixOptions = { asOf: '2003-06-01', compareTo: name === 'none' ? null : '2002-06-01', forums, sort, onlyInSelected, ...filter }
              const whole = buildMatrix(input, options)
              for (const w of windows) {
                const expected = windowMatrix(whole, w)
                const actual = buildMatrixWindow(input, options, w)
                // The same keys in the same order too, as the page writes them out; a diff if not.
                if (JSON.stringify(actual) !== JSON.stringify(expected)) expect(actual, JSON.stringify({ name, options, w })).toEqual(expected)
                expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
                compared++
                if (!expected.rows.length) empty++
              }
            }
    expect(compared).toBeGreaterThan(1000)
    expect(empty).toBeGreaterThan(0)
  })

  it('is checked on a world with the cases that matter', () => {
    const whole = buildMatrix(inputs.changes, { asOf: '2003-06-01', forums: columnSets[0], sort: { by: 'forum', forum: 'F5', dir: 'asc' } })
    expect(whole.rows.length).toBe(world.parties.length)
    expect(whole.rows.some((r) => Object.keys(r.changed).length)).toBe(true)
    const ranks = whole.rows.map((r) => (r.cells.F5 ? STATUS_RANK[r.cells.F5.status] : MEMBERSHIP_STATUSES.length))
    expect(new Set(ranks).size).toBeGreaterThan(2)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    const repeated = buildMatrix(inputs.changes, { asOf: '2003-06-01', forums: columnSets[1] })
    expect(repeated.rows.some((r) => 'F2' in r.changed && 'F3' in r.changed)).toBe(true)
    expect(whole.sources.map((s) => s.id)).toEqual(['s1', 's10', 's2', 's3'])
  })

  it('counts, cites and orders what its rows show (checked from the rows, not from the builder)', () => {
    for (const filter of filters)
      for (const sort of sorts) {
        const m = buildMatrix(inputs.changes, { asOf: '2003-06-01', forums: columnSets[0], sort, onlyInSelected: true, ...filter })
        for (const column of m.columns)
          for (const status of MEMBERSHIP_STATUSES)
            expect(m.summary[column.code][status]).toBe(m.rows.filter((r) => r.cells[column.code]?.status === status).length)
        const cited = new Set(m.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => (c ? [c.source.id] : []))))
        expect(m.sources.map((x) => x.id)).toEqual([...cited].sort())
        if (!sort || sort.by === 'name') {
          const names = m.rows.map((r) => r.name)
          const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'))
          expect(names).toEqual(sort?.dir === 'desc' ? sorted.reverse() : sorted)
        }
      }
  })
})
