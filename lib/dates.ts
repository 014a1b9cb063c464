/** Dates in this app are calendar days: stored as SQL DATE, carried as ISO `YYYY-MM-DD` strings. */

export function isoDay(date: Date): string
export function isoDay(date: Date | null): string | null
export function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null
}

/** A SQL DATE parameter for an ISO day (UTC midnight, which is what Prisma maps @db.Date to). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`)
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}

export type Precision = 'day' | 'month' | 'year'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// Russian month names as Intl writes them (CLDR): abbreviated in a date ("4 дек. 2026"), and in
// the nominative, spelt out, for a month alone ("декабрь 2026"). Fixed here, not asked of Intl at
// run time, so that a Node built without full ICU writes the same.
const MONTHS_RU = ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.']
const MONTHS_RU_ALONE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']

/** "4 Jul 2024", "Jul 2024" or "2024", as precisely as the date is known; in Russian (`locale`
 *  'ru') "4 июл. 2024", "июль 2024", "2024". */
export function formatDay(day: string | null, precision: Precision = 'day', locale: 'en' | 'ru' = 'en'): string {
  if (!day) return ''
  const [y, m, d] = day.split('-').map(Number)
  if (precision === 'year') return String(y)
  if (locale === 'ru') return precision === 'month' ? `${MONTHS_RU_ALONE[m - 1]} ${y}` : `${d} ${MONTHS_RU[m - 1]} ${y}`
  if (precision === 'month') return `${MONTHS[m - 1]} ${y}`
  return `${d} ${MONTHS[m - 1]} ${y}`
}

// After "с" ("since") a Russian month takes the genitive: "с июля 2006 г.", not "с июль 2006".
const MONTHS_RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']

/** A date as it reads after "since": formatDay, except a Russian month alone, which is declined. */
export function sinceDay(day: string, precision: Precision | null | undefined, locale: 'en' | 'ru'): string {
  const p = precision ?? 'day'
  if (locale === 'ru' && p === 'month') {
    const [y, m] = day.split('-').map(Number)
    return `${MONTHS_RU_GENITIVE[m - 1]} ${y}\u00a0г.`
  }
  return formatDay(day, p, locale)
}
