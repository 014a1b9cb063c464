import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayIso } from '../../lib/dates'
import { COW_CCODES } from '../../lib/domain/cow'
import { FORUM_YEAR_COLUMNS } from '../../lib/downloads/research-exports'
import { seedDatabase } from '../../lib/db/seed'
import { ParamError } from '../../lib/params'
import { getCowExport } from '../../lib/queries/cow-export'
import { getDyadYearExport, getForumYearExport } from '../../lib/queries/research-exports'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/** The dyad-year and forum-year exports on the shipped dataset, on both databases, checked against the COW state-year export. */

const thisYear = Number(todayIso().slice(0, 4))

describe.each(await availableTargets())('research exports of the shipped dataset on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  const dyads = async (query: Parameters<typeof getDyadYearExport>[0]) => {
    const out = await getDyadYearExport(query, db.prisma)
    return { ...out, rows: [...out.rows] }
  }
  const pair = (rows: Awaited<ReturnType<typeof dyads>>['rows'], a: string, b: string, year: number) =>
    rows.filter((r) => ((r[2] === a && r[3] === b) || (r[2] === b && r[3] === a)) && r[4] === year)

  it('has Kazakhstan and Kyrgyzstan as joint EAEU members in 2016, and Kazakhstan and China not', async () => {
    const { rows } = await dyads({ forums: ['EAEU'], from: 2016, to: 2016 })
    expect(pair(rows, 'KAZ', 'KGZ', 2016)).toEqual([[703, 705, 'KGZ', 'KAZ', 2016, 1, 1, 1]])
    expect(pair(rows, 'KAZ', 'CHN', 2016)).toEqual([[705, 710, 'KAZ', 'CHN', 2016, 0, 0, 0]])
    // Kyrgyzstan joined on 6 Aug 2015 and Armenia on 2 Jan 2015: both members on 31 Dec 2015; none in 2014, before the EAEU.
    expect((await dyads({ forums: ['EAEU'], from: 2014, to: 2015 })).rows.filter((r) => r[5] === 1).map((r) => `${r[2]}-${r[3]} ${r[4]}`)).toEqual([
      'RUS-BLR 2015',
      'RUS-ARM 2015',
      'RUS-KGZ 2015',
      'RUS-KAZ 2015',
      'BLR-ARM 2015',
      'BLR-KGZ 2015',
      'BLR-KAZ 2015',
      'ARM-KGZ 2015',
      'ARM-KAZ 2015',
      'KGZ-KAZ 2015',
    ])
  })

  it('has one row per pair of the states with a COW code and year, lower ccode first, and defaults to 1991 to this year', async () => {
    const out = await dyads({})
    const states = Object.keys(COW_CCODES).length
    const years = thisYear - 1991 + 1
    expect([out.from, out.to]).toEqual([1991, thisYear])
    expect(out.rows).toHaveLength(((states * (states - 1)) / 2) * years)
    expect(out.rowCount).toBe(out.rows.length)
    expect(out.rows.every((r) => r[0] < r[1] && r[4] >= 1991 && r[4] <= thisYear)).toBe(true)
    expect(new Set(out.rows.map((r) => `${r[0]}/${r[1]}/${r[4]}`)).size).toBe(out.rows.length)
  })

  it('agrees with the COW state-year export year by year, forum by forum', async () => {
    const [out, cow] = await Promise.all([dyads({ from: 1991, to: thisYear }), getCowExport({ from: 1991, to: thisYear }, db.prisma)])
    const cells = new Map(cow.rows.map((r) => [`${r[1]}/${r[3]}`, r.slice(4) as number[]]))
    let jointMembers = 0
    for (const r of out.rows) {
      const a = cells.get(`${r[2]}/${r[4]}`) ?? []
      const b = cells.get(`${r[3]}/${r[4]}`) ?? []
      const jm = a.some((x, k) => x === 1 && b[k] === 1) ? 1 : 0
      const ja = a.some((x, k) => x > 0 && b[k] > 0) ? 1 : 0
      if (r[5] !== jm || r[6] !== ja) throw new Error(`${r[2]}-${r[3]} ${r[4]}: ${r[5]},${r[6]} but COW says ${jm},${ja}`)
      // No shared formal status: the score is 0 or empty; a shared one makes it positive.
      expect(ja === 1 ? r[7]! > 0 : r[7] === null || r[7] === 0).toBe(true)
      jointMembers += jm
    }
    expect(jointMembers).toBeGreaterThan(1000)
  })

  it('counts each forum-year as the COW export codes it, where every party of the forum is a state or territory', async () => {
    // OTS and ECO are left out: their observers include organisations (ECO, OTS), which the forum-year counts and the COW file does not.
    const forums = ['SCO', 'EAEU', 'CSTO', 'CIS', 'EURASEC', 'CACO', 'GUAM', 'OIC']
    const parties = await db.prisma.membership.findMany({ where: { forumCode: { in: forums } }, select: { party: { select: { kind: true } } } })
    expect([...new Set(parties.map((p) => p.party.kind))].filter((k) => k !== 'state' && k !== 'territory')).toEqual([])
    const [fy, cow] = await Promise.all([
      getForumYearExport({ forums, from: 1991, to: thisYear }, db.prisma),
      getCowExport({ forums, from: 1991, to: thisYear }, db.prisma),
    ])
    const col = (name: string) => FORUM_YEAR_COLUMNS.indexOf(name as (typeof FORUM_YEAR_COLUMNS)[number])
    forums.forEach((forum, k) => {
      for (let year = 1991; year <= thisYear; year++) {
        const coded = cow.rows.filter((r) => r[3] === year).map((r) => r[4 + k] as number)
        const row = fy.rows.find((r) => r[0] === forum && r[2] === year)
        if (coded.every((c) => c === -9)) {
          expect(row, `${forum} ${year}`).toBeUndefined()
          continue
        }
        const n = (c: number) => coded.filter((x) => x === c).length
        const at = (name: string) => row![col(name)] as number
        expect([at('members') + at('suspended'), at('associates'), at('observers') + at('partners')], `${forum} ${year}`).toEqual([n(1), n(2), n(3)])
      }
    })
    const sco2017 = fy.rows.find((r) => r[0] === 'SCO' && r[2] === 2017)!
    expect(sco2017.slice(0, 4)).toEqual(['SCO', 'Shanghai Cooperation Organisation', 2017, 8])
  })

  it('refuses an unknown forum and a year range backwards, naming the parameter', async () => {
    for (const run of [getDyadYearExport, getForumYearExport]) {
      await expect(run({ forums: ['EAEU', 'NOPE'] }, db.prisma)).rejects.toThrow(new ParamError('forums', 'unknown forum code(s): NOPE'))
      await expect(run({ from: 2020, to: 2010 }, db.prisma)).rejects.toMatchObject({ parameter: 'from' })
      await expect(run({ to: thisYear + 1 }, db.prisma)).rejects.toMatchObject({ parameter: 'to' })
    }
  })
})
