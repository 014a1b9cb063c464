import { chartColumns, packPointSources } from './chart-columns'
import type { TradeView } from '../queries/trade'
import { seriesKey } from '../downloads/trade'
import { isImfSource } from './trade'
import { yearMarkers } from './chart-markers'
import { formatDay } from '../dates'
import { chartFileBase } from '../chart-image/filename'
import { sourceLine } from '../chart-image/source-line'
import type { ChartImageMeta } from '../chart-image/meta'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import type { NameBook } from '../i18n/names'
import { translator } from '../i18n/translate'
import type { ForeignPart } from '../i18n/text-lang'

/**
 * The trade view's series as its charts draw them, shared by the page (/trade), its embed page
 * and its preview image. A series is one reporter and partner as one publisher reports them, in one
 * measure; it is drawn in segments, one per statistics source, so a change of source (IMF DOTS to
 * 2020, national statistics after) shows as a break, never as one joined line. Its words are in
 * `locale` (messages `trade`), its names from the name book of that language (`names`).
 */

export function tradeChartSeries(view: TradeView, locale: Locale = DEFAULT_LOCALE, names?: NameBook) {
  const t = translator(locale, 'trade')
  const english = (c: string) => ({ name: view.names[c] ?? c, shortName: view.names[c] ?? c })
  // Names with no translation in `locale` stay English: the legends and tables mark them (`foreignIn`).
  const foreign = new Map<string, ForeignPart>()
  const local = <N extends { lang: string }>(n: N, text: string) => {
    if (n.lang !== locale) foreign.set(text, { text, lang: n.lang })
    return text
  }
  const name = (c: string) => {
    if (c === 'WLD') return t('world')
    if (!names) return view.names[c] ?? c
    const n = names.party(c, english(c))
    return local(n, n.name)
  }
  const forumWord = (code: string) => {
    if (!names) return code
    const n = names.forum(code, { name: code, shortName: code })
    return local(n, n.shortName)
  }
  /** The untranslated names a label of this view holds. */
  const foreignIn = (label: string) => [...foreign.values()].filter((f) => label.includes(f.text))
  const partnerWord = (p: string) => (p.startsWith('forum:') ? t('forumMembers', { forum: forumWord(p.slice(6)) }) : name(p))
  // The family is also part of a series' key: English in the key, in `locale` in the label.
  const family = (ids: string[]) => (ids.every(isImfSource) ? 'IMF DOTS' : 'national statistics')
  const familyLabel = (ids: string[]) => t(ids.every(isImfSource) ? 'family.imf' : 'family.national')
  const segmentOf = (p: (typeof view.points)[number]) => `${seriesKey(p)}#${family(p.sources)}`
  const segments = new Map<string, { key: string; label: string; foreign?: ForeignPart[]; reporter: string; partner: string }>()
  for (const p of view.points) {
    const key = segmentOf(p)
    if (segments.has(key)) continue
    const by = p.reportedBy && p.reportedBy !== p.reporter ? ` ${t('asReportedBy', { name: name(p.reportedBy) })}` : ''
    const measure = p.measure === 'goods_services' ? `, ${t('goodsAndServices')}` : ''
    segments.set(key, {
      key,
      label: `${name(p.reporter)} → ${partnerWord(p.partner)}${by}${measure} (${familyLabel(p.sources)})`,
      reporter: p.reporter,
      partner: p.partner,
    })
  }
  const series = [...segments.values()].map((s) => {
    const marked = foreignIn(s.label)
    return marked.length ? { ...s, foreign: marked } : s
  })
  const markers = yearMarkers(view.markers)
  const years = Array.from({ length: view.to - view.from + 1 }, (_, i) => view.from + i)
  const value = new Map(view.points.map((p) => [`${segmentOf(p)}|${p.year}`, Number(p.valueUsd)]))
  const keys = series.map((s) => s.key)
  // The value chart's data and the source of each of its points, packed for the browser (chart-columns.ts).
  const data = chartColumns(
    years.map((year) => ({ year, ...Object.fromEntries(keys.map((key) => [key, value.get(`${key}|${year}`) ?? null])) })),
    keys,
  )
  const sourceTitle = (ids: string[]) => ids.map((id) => view.sources[id]?.publisher ?? view.sources[id]?.title ?? id).join('; ')
  const pointSources = packPointSources(Object.fromEntries(view.points.map((p) => [`${segmentOf(p)}|${p.year}`, sourceTitle(p.sources)])), keys, years)
  return { name, forumWord, partnerWord, foreignIn, family, segmentOf, series, markers, years, value, data, sourceTitle, pointSources, locale, t }
}

export type TradeChartSeries = ReturnType<typeof tradeChartSeries>

/** A membership event under the chart: the query's English label, or in another language from its parts. */
function markerNote(m: TradeChartSeries['markers']['numbered'][number], s: TradeChartSeries): string {
  const day = formatDay(m.day, m.precision, s.locale)
  if (s.locale === DEFAULT_LOCALE) return `${day}: ${m.label}`
  // A change of status names the status before it only in its label ("… in SCO: observer → member").
  const previous = m.kind === 'left' || m.kind === 'joined' ? '' : (/: (\w+) → \w+$/.exec(m.label)?.[1] ?? '')
  const statuses = translator(s.locale, 'statuses')
  const status = (code: string) => (code ? statuses(code).toLocaleLowerCase(s.locale) : '')
  const values = { party: s.name(m.reporter), forum: s.forumWord(m.forumCode), status: status(m.status), previous: status(previous) }
  return `${day}: ${s.t(m.kind === 'joined' ? 'marker.joined' : m.kind === 'left' ? 'marker.left' : 'marker.changed', values)}`
}

/** What the value chart's image says about itself (ChartFrame): title, years, sources, file name, the numbered membership events. */
export function tradeValueChartMeta(view: TradeView, s: TradeChartSeries): ChartImageMeta {
  const refs = (ids: string[]) => ids.map((id) => view.sources[id]).filter((x) => x !== undefined)
  const period = `${view.from}–${view.to}`
  const flowFile = view.flow === 'total' ? '' : `-${view.flow}s`
  const partnerWords = view.partners.map(s.partnerWord).join(', ')
  return {
    title: s.t('valueChartTitle', {
      reporters: view.reporters.map(s.name).join(', '),
      flow: s.t(`flow.${view.flow}`),
      partners: partnerWords,
      log: view.scale === 'log' ? 'yes' : 'no',
    }),
    period,
    source: sourceLine(refs([...view.points.flatMap((p) => p.sources), ...view.markers.map((m) => m.sourceId)]), { locale: s.locale }),
    filename: chartFileBase({ chart: `trade${flowFile}`, subject: view.reporters, period, many: 'reporters' }),
    notes: s.markers.numbered.map((m) => markerNote(m, s)),
  }
}
