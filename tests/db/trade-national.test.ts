import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDataset } from '../../lib/dataset/load'
import { seedDatabase } from '../../lib/db/seed'
import { getTrade } from '../../lib/queries/trade'
import { tradeCoverage } from '../../lib/queries/sources'
import { seriesKey, tradeCsv } from '../../lib/downloads/trade'
import { availableTargets, createTestDatabase, type TestDatabase } from '../support/databases'

/**
 * Trade after 2020 from official national statistics and customs (prisma/data/trade/national.csv):
 * every figure cited and quoted, series that never mix reporters or measures, mirror figures.
 */

const dataset = loadDataset()
const national = dataset.trade.filter((t) => t.year > 2020)

describe('national trade figures in prisma/data', () => {
  it('gives every figure after 2020 a source, and a note quoting it', () => {
    expect(national.length).toBeGreaterThan(100)
    const sources = new Map(dataset.sources.map((s) => [s.id, s]))
    for (const t of national) {
      const where = `${t.at.file}:${t.at.line}`
      const source = sources.get(t.source_id)
      expect(source, where).toBeDefined()
      if (source!.kind !== 'seed') expect(source!.url ?? '', where).toMatch(/^https?:\/\//)
      // a quotation of the source: at least a few words between quotation marks
      expect(t.note ?? '', where).toMatch(/["“][^"”]{12,}["”]/)
      if (/national(-gaps)?\.csv$/.test(t.at.file)) {
        expect(t.published_value, where).not.toBeNull()
        expect(t.published_unit, where).not.toBeNull()
      }
    }
  })

  it('marks Uzbekistan’s headline turnover as goods and services, everything from IMF DOTS as goods', () => {
    expect(national.filter((t) => t.reporter_code === 'UZB').every((t) => t.measure === 'goods_services')).toBe(true)
    expect(dataset.trade.filter((t) => t.source_id === 'imf-dots').every((t) => t.measure === 'goods')).toBe(true)
  })
})

describe.each(await availableTargets())('trade series on %s', (target) => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase(target)
    await seedDatabase(db.sql)
  })
  afterAll(async () => db?.close())

  it('answers China’s customs figures for its trade with the five Central Asian states, each with its source', async () => {
    const view = await getTrade({ reporters: ['CHN'], partners: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'], flow: 'total', from: 2022, to: 2025 }, db.prisma)
    const rows = parse(tradeCsv(view.points), { columns: true }) as Record<string, string>[]
    const published = national.filter(
      (t) => t.reporter_code === 'CHN' && ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].includes(t.partner_code) && t.flow === 'total' && t.year >= 2022,
    )
    expect(published.length).toBeGreaterThan(10)
    for (const t of published) {
      const row = rows.find((r) => r.partner_code === t.partner_code && r.year === String(t.year))
      expect(row, `${t.partner_code} ${t.year}`).toMatchObject({
        reporter_code: 'CHN',
        reported_by: 'CHN',
        measure: 'goods',
        value_usd: t.value_usd,
        total_kind: 'published',
      })
      expect(row!.source.split(' ')).toContain(t.source_id)
    }
    expect(rows.find((r) => r.partner_code === 'KGZ' && r.year === '2024')!.value_usd).toBe('22710000000')
  })

  it('tells /sources which years, partners and measures each reporter has from the IMF and from national sources', async () => {
    const coverage = await tradeCoverage(db.prisma)
    const row = (reporter: string, origin: string) => coverage.find((c) => c.reporter === reporter && c.origin === origin)
    const fromFiles = (reporter: string, imf: boolean) => dataset.trade.filter((t) => t.reporter_code === reporter && t.source_id.startsWith('imf-') === imf)
    for (const [reporter, imf] of [
      ['UZB', false],
      ['KAZ', true],
      ['CHN', false],
    ] as const) {
      const rows = fromFiles(reporter, imf)
      expect(row(reporter, imf ? 'imf' : 'national'), reporter).toMatchObject({
        firstYear: Math.min(...rows.map((t) => t.year)),
        lastYear: Math.max(...rows.map((t) => t.year)),
        figures: rows.length,
        partners: new Set(rows.map((t) => t.partner_code)).size,
      })
    }
    expect(row('UZB', 'national')!.measures).toEqual(['goods_services'])
    expect(row('KAZ', 'imf')!.measures).toEqual(['goods'])
  })

  it('never joins figures of different reporters, measures or publishers in one series or one total', async () => {
    const view = await getTrade({ reporters: ['UZB', 'KAZ', 'GEO'], partners: ['CHN', 'RUS', 'WLD'], flow: 'total', from: 2015, reportedBy: 'both' }, db.prisma)
    const bySeries = new Map<string, typeof view.points>()
    for (const p of view.points) bySeries.set(seriesKey(p), [...(bySeries.get(seriesKey(p)) ?? []), p])
    const measures = new Set<string>()
    for (const [key, points] of bySeries) {
      expect(new Set(points.map((p) => p.measure)).size, key).toBe(1)
      expect(new Set(points.map((p) => p.reportedBy ?? p.reporter)).size, key).toBe(1)
      measures.add(points[0].measure)
      // a total summed here comes from one publisher's exports and imports
      for (const p of points.filter((x) => x.computed)) expect(p.sources, `${key} ${p.year}`).toHaveLength(1)
    }
    expect(measures).toEqual(new Set(['goods', 'goods_services']))
    // Uzbekistan 2021 on: its own statistics, goods and services; before: IMF DOTS, merchandise
    const uzbChina = view.points.filter((p) => p.reporter === 'UZB' && p.partner === 'CHN' && !p.reportedBy)
    expect(uzbChina.filter((p) => p.year <= 2020).every((p) => p.measure === 'goods' && p.sources.includes('imf-dots'))).toBe(true)
    expect(uzbChina.filter((p) => p.year >= 2021).every((p) => p.measure === 'goods_services')).toBe(true)
  })

  it('tells mirror figures from the partner’s side: China’s exports to Kyrgyzstan are Kyrgyzstan’s imports from China as reported by China', async () => {
    const view = await getTrade({ reporters: ['KGZ'], partners: ['CHN'], flow: 'total', from: 2022, to: 2024, reportedBy: 'partner' }, db.prisma)
    const p2024 = view.points.find((p) => p.year === 2024)!
    expect(p2024).toMatchObject({ reporter: 'KGZ', partner: 'CHN', reportedBy: 'CHN', valueUsd: '22710000000' })
    expect(view.points.every((p) => p.reportedBy === 'CHN')).toBe(true)
  })

  it('ends the default range at the last year with a figure for the choice', async () => {
    const view = await getTrade({ reporters: ['KAZ'], partners: ['CHN', 'RUS', 'WLD'] }, db.prisma)
    expect(view.to).toBe(Math.max(...view.points.map((p) => p.year)))
    const imfOnly = await getTrade({ reporters: ['AFG'], partners: ['PAK'] }, db.prisma)
    expect(imfOnly.to).toBeLessThanOrEqual(2020)
  })
})
