import { describe, expect, it } from 'vitest'
import { chartFileBase, chartFilename } from './filename'

describe('chart file names', () => {
  it('says what the chart is', () => {
    expect(chartFilename(chartFileBase({ chart: 'trade', subject: ['KAZ'], period: '2000–2024' }), 'png')).toBe('forum-atlas_trade_KAZ_2000-2024.png')
    expect(chartFilename(chartFileBase({ chart: 'overlaps-euler', subject: ['SCO', 'EAEU', 'CSTO'], period: '2012-06-07' }), 'svg')).toBe(
      'forum-atlas_overlaps-euler_SCO-EAEU-CSTO_2012-06-07.svg',
    )
    expect(chartFileBase({ chart: 'forum', subject: ['C5+US'], period: '2015–2025' })).toBe('forum-atlas_forum_C5+US_2015-2025')
  })

  it('summarises long lists and cleans unsafe characters', () => {
    expect(chartFileBase({ chart: 'alignment-heatmap', subject: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'], period: '2025-01-01', many: 'parties' })).toBe(
      'forum-atlas_alignment-heatmap_5-parties_2025-01-01',
    )
    expect(chartFileBase({ chart: 'trade shares', subject: ['forum:EAEU', '../etc'], period: '1992 – 2020' })).toBe(
      'forum-atlas_trade-shares_forum-EAEU-etc_1992-2020',
    )
    expect(chartFilename('a/b\\c:d', 'png')).toBe('a-b-c-d.png')
    expect(chartFilename('', 'svg')).toBe('forum-atlas_chart.svg')
  })
})
