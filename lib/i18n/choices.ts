import { DEFAULT_LOCALE } from './locales'
import { formatDecimal } from './numbers'
import type { NameBook } from './names'

/**
 * The forums and parties of a filter's choices (the pickers of /events and /changes) with their
 * names in the book's language, in that language's alphabetical order; English keeps the order
 * the query gave. A picker is a client component: it gets the names as plain strings.
 */
export function localizedChoices<T extends { code: string; name: string; shortName?: string }>(
  rows: readonly T[],
  kind: 'forum' | 'party',
  names: NameBook,
): T[] {
  if (names.locale === DEFAULT_LOCALE) return [...rows]
  const localized = rows.map((row) => {
    const local = names[kind](row.code, { name: row.name, shortName: row.shortName ?? row.name })
    return row.shortName === undefined ? { ...row, name: local.name } : { ...row, name: local.name, shortName: local.shortName }
  })
  return kind === 'party' ? localized.sort((a, b) => a.name.localeCompare(b.name, names.locale)) : localized
}

/**
 * A count in a sentence as the page's language writes it: English pages keep the plain digits
 * they have always shown ("1234 changes"); Russian groups them ("1 234 изменения"). Messages take
 * it as `{n}` beside the `count` their plural is chosen by.
 */
export function countText(count: number, locale: string): string {
  return formatDecimal(count, 0, locale)
}
