import type { Locale } from '@/lib/i18n/locales'
import { MEMBERSHIP_STATUSES } from '@/lib/domain/vocabulary'
import type { MapEntry, MapModel } from '@/lib/transforms/map'
import { formatDay } from '@/lib/dates'
import { sinceDay } from './since'

/**
 * The map's sentences in the page's language, from the `map` messages: the words of
 * lib/transforms/map.ts (which the embed and the preview image keep in English), the same text in
 * English.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/** "member since 16 Aug 2006" / "член с 16 авг. 2006". */
export function statusSinceText(t: Translate, locale: Locale, entry: Pick<MapEntry, 'status' | 'validFrom' | 'validFromPrecision'>): string {
  return t('since', { status: entry.status, date: sinceDay(entry.validFrom, entry.validFromPrecision, locale) })
}

/** Why a party is not drawn, as a sentence fragment. */
export function notDrawnText(t: Translate, entry: Pick<MapEntry, 'kind' | 'placement'>): string {
  if (entry.placement.drawn) return ''
  switch (entry.placement.why) {
    case 'no-territory':
      return t(entry.kind === 'bloc' ? 'notDrawn.bloc' : entry.kind === 'organization' ? 'notDrawn.organization' : 'notDrawn.group')
    case 'no-iso-code':
      return t('notDrawn.noIsoCode')
    case 'no-outline':
      return t('notDrawn.noOutline')
    case 'outside-frame':
      return t('notDrawn.outsideFrame')
  }
}

/** A country's tooltip: "Uzbekistan: suspended since 28 Jun 2012", "Iran: no status in CSTO". */
export function countryTitleText(t: Translate, locale: Locale, name: string, entry: MapEntry | undefined, forum: string): string {
  return entry ? `${name}: ${statusSinceText(t, locale, entry)}` : t('countryNoStatus', { name, forum })
}

/** The map's text alternative: the forum, the day and the count of each status present. */
export function mapSummaryText(t: Translate, locale: Locale, model: MapModel, forum: string, day: string): string {
  const counts = MEMBERSHIP_STATUSES.filter((s) => model.counts[s] > 0).map((s) => t(`summaryCount.${s}`, { count: model.counts[s] }))
  return t('summary', { forum, date: formatDay(day, 'day', locale), counts: counts.length ? counts.join(', ') : t('noParticipants') })
}
