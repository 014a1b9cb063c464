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

/** "4 Jul 2024", "Jul 2024" or "2024", as precisely as the date is known. */
export function formatDay(day: string | null, precision: Precision = 'day'): string {
  if (!day) return ''
  const [y, m, d] = day.split('-').map(Number)
  if (precision === 'year') return String(y)
  if (precision === 'month') return `${MONTHS[m - 1]} ${y}`
  return `${d} ${MONTHS[m - 1]} ${y}`
}
