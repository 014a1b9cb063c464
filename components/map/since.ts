import { formatDay, type Precision } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'

// A month after "с" ("since") takes the genitive in Russian: "с июля 2006 г.", not "с июль 2006".
const MONTHS_RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']

/** A date as it reads after "since": formatDay, except a Russian month alone, which is declined. */
export function sinceDay(day: string, precision: Precision | null | undefined, locale: Locale): string {
  const p = precision ?? 'day'
  if (locale === 'ru' && p === 'month') {
    const [y, m] = day.split('-').map(Number)
    return `${MONTHS_RU_GENITIVE[m - 1]} ${y}\u00a0г.`
  }
  return formatDay(day, p, locale)
}
