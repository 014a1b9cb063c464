import type { TradeView } from '../queries/trade'
import { seriesKey } from '../downloads/trade'
import { isImfSource } from './trade'
import { yearMarkers } from './chart-markers'
import { formatDay } from '../dates'
import { chartFileBase } from '../chart-image/filename'
import { sourceLine } from '../chart-image/source-line'
import type { ChartImageMeta } from '../chart-image/meta'

/**
 * The trade view's series as its charts draw them, shared by the page (/trade), its embed page
 * and its preview image. A series is one reporter and partner as one publisher reports them, in one
 * measure; it is drawn in segments, one per statistics source, so a change of source (IMF DOTS to
 * 2020, national statistics after) shows as a break, never as one joined line.
 */

export const FLOW_WORD = { total: 'total trade (exports + imports)', export: 'exports', import: 'imports' } as const

export function tradeChartSeries(view: TradeView) {
  const name = (c: string) => (c === 'WLD' ? 'World' : (view.names[c] ?? c))
  const partnerWord = (p: string) => (p.startsWith('forum:') ? `${p.slice(6)} members` : name(p))
  const family = (ids: string[]) => (ids.every(isImfSource) ? 'IMF DOTS' : 'national statistics')
  const segmentOf = (p: (typeof view.points)[number]) => `${seriesKey(p)}#${family(p.sources)}`
  const segments = new Map<string, { key: string; label: string; reporter: string; partner: string }>()
  for (const p of view.points) {
    const key = segmentOf(p)
    if (segments.has(key)) continue
    const by = p.reportedBy && p.reportedBy !== p.reporter ? ` as reported by ${name(p.reportedBy)}` : ''
    const measure = p.measure === 'goods_services' ? ', goods and services' : ''
    segments.set(key, {
      key,
      label: `${name(p.reporter)} → ${partnerWord(p.partner)}${by}${measure} (${family(p.sources)})`,
      reporter: p.reporter,
      partner: p.partner,
    })
  }
  const series = [...segments.values()]
  const markers = yearMarkers(view.markers)
  const years = Array.from({ length: view.to - view.from + 1 }, (_, i) => view.from + i)
  const value = new Map(view.points.map((p) => [`${segmentOf(p)}|${p.year}`, Number(p.valueUsd)]))
  const rows = years.map((year) => ({ year, ...Object.fromEntries(series.map((s) => [s.key, value.get(`${s.key}|${year}`) ?? null])) }))
  const sourceTitle = (ids: string[]) => ids.map((id) => view.sources[id]?.publisher ?? view.sources[id]?.title ?? id).join('; ')
  const sourcesByPoint = Object.fromEntries(view.points.map((p) => [`${segmentOf(p)}|${p.year}`, sourceTitle(p.sources)]))
  return { name, partnerWord, family, segmentOf, series, markers, years, value, rows, sourceTitle, sourcesByPoint }
}

export type TradeChartSeries = ReturnType<typeof tradeChartSeries>

/** What the value chart's image says about itself (ChartFrame): title, years, sources, file name, the numbered membership events. */
export function tradeValueChartMeta(view: TradeView, s: TradeChartSeries): ChartImageMeta {
  const refs = (ids: string[]) => ids.map((id) => view.sources[id]).filter((x) => x !== undefined)
  const period = `${view.from}–${view.to}`
  const flowFile = view.flow === 'total' ? '' : `-${view.flow}s`
  const partnerWords = view.partners.map(s.partnerWord).join(', ')
  return {
    title: `${view.reporters.map(s.name).join(', ')}: ${FLOW_WORD[view.flow]} with ${partnerWords}, US$${view.scale === 'log' ? ' (log scale)' : ''}`,
    period,
    source: sourceLine(refs([...view.points.flatMap((p) => p.sources), ...view.markers.map((m) => m.sourceId)])),
    filename: chartFileBase({ chart: `trade${flowFile}`, subject: view.reporters, period, many: 'reporters' }),
    notes: s.markers.numbered.map((m) => `${formatDay(m.day, m.precision)}: ${m.label}`),
  }
}
