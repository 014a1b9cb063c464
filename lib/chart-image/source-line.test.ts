import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/translate'
import { datasetLine, fullListLine, sourceLabel, sourceLine } from './source-line'

const src = (id: string, publisher: string | null, kind = 'official', title = `Title of ${id}`) => ({ id, title, publisher, kind })
const imf = src('imf-dots', 'International Monetary Fund', 'statistics', 'Direction of Trade Statistics (DOTS): exports FOB and imports CIF by partner, annual')

describe('source line', () => {
  it('names a statistical source by publisher and short title', () => {
    expect(sourceLabel(imf)).toBe('International Monetary Fund: Direction of Trade Statistics')
    expect(sourceLine([imf, imf, imf])).toBe('Source: International Monetary Fund: Direction of Trade Statistics')
  })

  it('puts the most cited first, at most three names, and counts the others', () => {
    const facts = [
      src('a', 'Wikipedia'),
      src('b', 'OTS'),
      src('b', 'OTS'),
      src('c', 'Trend'),
      src('d', 'Kazinform', 'news'),
      src('e', 'Wikipedia'),
      src('f', 'Mehr'),
    ]
    expect(sourceLine(facts)).toBe('Sources: Wikipedia; OTS; Trend; and 2 other sources')
    expect(sourceLine(facts, 10)).toBe('Sources: Wikipedia; OTS; Trend; Kazinform; Mehr')
  })

  it('drops a publisher’s parenthetical, so mirrors of one publisher count together', () => {
    const facts = [
      src('w1', 'Wikipedia (via movatter.jp mirror)', 'reference'),
      src('w2', 'Wikipedia (via amansaja.com mirror)', 'reference'),
      src('t', 'TASS', 'news'),
    ]
    expect(sourceLine(facts)).toBe('Sources: Wikipedia; TASS')
  })

  it('names seed documents by title, and says nothing without sources', () => {
    expect(sourceLabel(src('seed-001', '(essay)', 'seed', "Central Asia's Order-Making Mechanisms"))).toBe("Central Asia's Order-Making Mechanisms")
    expect(sourceLine([])).toBe('')
    expect(sourceLine([imf, src('seed-001', '(essay)', 'seed', 'China trade, 2023')])).toBe(
      'Sources: International Monetary Fund: Direction of Trade Statistics; China trade',
    )
  })
})

describe('source line in Russian', () => {
  it('says "Источник" or "Источники" and counts the others with Russian plurals; the names stay as recorded', () => {
    expect(sourceLine([imf, imf], { locale: 'ru' })).toBe('Источник: International Monetary Fund: Direction of Trade Statistics')
    const facts = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => src(id, `Publisher ${id}`))
    expect(sourceLine(facts.slice(0, 4), { locale: 'ru' })).toBe('Источники: Publisher a; Publisher b; Publisher c; и еще 1 источник')
    expect(sourceLine(facts.slice(0, 5), { locale: 'ru' })).toBe('Источники: Publisher a; Publisher b; Publisher c; и еще 2 источника')
    expect(sourceLine(facts, { locale: 'ru' })).toBe('Источники: Publisher a; Publisher b; Publisher c; и еще 4 источника')
    expect(sourceLine([...facts, src('h', 'H'), src('i', 'I')], { locale: 'ru' })).toBe('Источники: Publisher a; Publisher b; Publisher c; и еще 6 источников')
    expect(sourceLine([], { locale: 'ru' })).toBe('')
  })

  it('writes the dataset line and the address line in the language asked for, English by default', () => {
    expect(datasetLine('2026.12.1', 'CC BY 4.0', '2026-12-05')).toBe('forum-atlas dataset 2026.12.1 (CC BY 4.0), accessed 5 Dec 2026')
    expect(datasetLine('2026.12.1', 'CC BY 4.0', '2026-12-05', 'ru')).toBe('набор данных forum-atlas 2026.12.1 (CC BY 4.0), дата обращения: 5 дек. 2026')
    expect(fullListLine('https://x.test/ru/trade?reporters=KAZ&from=2000')).toBe('Data and full source list: https://x.test/ru/trade?reporters=KAZ&from=2000')
    expect(fullListLine('https://x.test/ru/trade', 'ru')).toBe('Данные и полный список источников: https://x.test/ru/trade')
  })
})

describe('chart and preview titles', () => {
  it('English messages with optional parts read exactly as before', () => {
    const preview = translator('en', 'chartPreview')
    expect(preview('events.title', { forum: 'SCO', party: 'none' })).toBe('Events of SCO')
    expect(preview('events.title', { forum: 'none', party: 'KAZ' })).toBe('Events attended by KAZ')
    expect(preview('events.title', { forum: 'none', party: 'none' })).toBe('Events')
    expect(preview('map.title', { forum: 'SCO', view: 'region' })).toBe('SCO: statuses on the map (Central Asia, the Caucasus and neighbours)')
    const trade = translator('en', 'trade')
    expect(trade('valueChartTitle', { reporters: 'Kazakhstan', flow: 'exports', partners: 'China', log: 'yes' })).toBe(
      'Kazakhstan: exports with China, US$ (log scale)',
    )
    expect(trade('valueChartTitle', { reporters: 'Kazakhstan', flow: 'exports', partners: 'China', log: 'no' })).toBe('Kazakhstan: exports with China, US$')
    expect(translator('ru', 'chartPreview')('events.title', { forum: 'ШОС', party: 'none' })).toBe('События: ШОС')
  })
})
