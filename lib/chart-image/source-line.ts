import { formatDay } from '../dates'
import type { SourceRef } from '../domain/types'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { translator } from '../i18n/translate'

/**
 * The source line printed under a chart and into its image: the sources the chart's facts rest on,
 * most-cited first, named by publisher (for statistics and datasets: publisher and the dataset's
 * short title; for the seed documents, which have no real publisher: their title), at most `max`
 * names, then how many other sources there are. The page (whose address the image also carries)
 * lists them all. The words around the names are in `locale` (messages `charts.downloads`); the
 * names are the sources' own, in the language they were recorded in.
 */

function shortTitle(title: string): string {
  const cut = title.search(/\s\(|:\s|,\s/)
  return (cut > 0 ? title.slice(0, cut) : title).trim()
}

/** "Wikipedia (via movatter.jp mirror)" → "Wikipedia": the page's source list keeps the detail. */
function shortPublisher(publisher: string): string {
  return publisher.replace(/\s*\([^()]*\)\s*$/, '').trim()
}

export function sourceLabel(source: Pick<SourceRef, 'title' | 'publisher' | 'kind'>): string {
  const publisher = source.publisher ? shortPublisher(source.publisher) : ''
  if (source.kind === 'statistics' || source.kind === 'dataset') return publisher ? `${publisher}: ${shortTitle(source.title)}` : shortTitle(source.title)
  if (source.kind === 'seed' || !publisher) return shortTitle(source.title)
  return publisher
}

/**
 * `facts` has one entry per fact shown (repeats count: a source cited by more facts comes first).
 * Returns "" when there is none. The second argument is the most names to show (3), or
 * `{ max, locale }`: `sourceLine(facts, { locale })` on a page in another language.
 */
export function sourceLine(facts: Pick<SourceRef, 'id' | 'title' | 'publisher' | 'kind'>[], options: number | { max?: number; locale?: Locale } = 3): string {
  const { max = 3, locale = DEFAULT_LOCALE } = typeof options === 'number' ? { max: options } : options
  const byLabel = new Map<string, { count: number; ids: Set<string>; first: number }>()
  facts.forEach((s, i) => {
    const label = sourceLabel(s)
    const entry = byLabel.get(label) ?? { count: 0, ids: new Set<string>(), first: i }
    entry.count++
    entry.ids.add(s.id)
    byLabel.set(label, entry)
  })
  if (byLabel.size === 0) return ''
  const ranked = [...byLabel.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
  const shown = ranked.slice(0, max)
  const allIds = new Set(facts.map((s) => s.id))
  const covered = new Set(shown.flatMap(([, e]) => [...e.ids]))
  const rest = allIds.size - covered.size
  const names = shown.map(([label]) => label).join('; ')
  const t = translator(locale, 'charts.downloads')
  const single = allIds.size === 1 ? 'yes' : 'no'
  return rest > 0 ? t('sourcesAndOthers', { single, names, rest }) : t('sources', { single, names })
}

/** The line every chart image carries under its sources: the dataset version, its licence and the day the image was made. */
export function datasetLine(version: string, licence: string, accessed: string, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, 'charts.downloads')('dataset', { version, licence, accessed: formatDay(accessed, 'day', locale) })
}

/** "Data and full source list: <address>", the last line of a chart image. */
export function fullListLine(permalink: string, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, 'charts.downloads')('fullList', { url: permalink })
}
