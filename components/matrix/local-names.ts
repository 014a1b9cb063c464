import type { NameBook } from '@/lib/i18n/names'
import type { Locale } from '@/lib/i18n/locales'
import type { MatrixColumn, MatrixRow, MatrixWindow } from '@/lib/transforms/matrix'

/** A row or column with the language its name is in (absent: the page's own). */
export type WithLang<T> = T & { lang?: Locale }

/** The matrix with what it shows of names in the page's language: party and forum names from the name book, regions as `regionWord` writes them. */
export interface LocalMatrix extends MatrixWindow {
  rows: WithLang<MatrixRow>[]
  columns: WithLang<MatrixColumn>[]
}

/**
 * The matrix's names in the page's language, for the table, its popover, the checklist and "Sort by"
 * (the server sorted the rows in the page's language, lib/queries/matrix.ts; codes are unchanged). A name without a sourced
 * translation stays English and carries `lang` so that the table marks it.
 */
export function localizeMatrix<M extends MatrixWindow & { allForums: { code: string; shortName: string; name: string; kind: string; lang?: Locale }[] }>(
  matrix: M,
  names: NameBook,
  regionWord: (region: string) => string,
): M & LocalMatrix {
  const other = (lang: Locale) => otherLanguage(lang, names)
  return {
    ...matrix,
    rows: matrix.rows.map((row) => {
      const local = names.party(row.code, row)
      return { ...row, name: local.name, shortName: local.shortName, region: regionWord(row.region), lang: other(local.lang) }
    }),
    columns: matrix.columns.map((column) => {
      const local = names.forum(column.code, column)
      return { ...column, name: local.name, shortName: local.shortName, lang: other(local.lang) }
    }),
    allForums: localForums(matrix.allForums, names),
  }
}

/** A name's language when it is not the page's (the name book's). */
const otherLanguage = (lang: Locale, names: NameBook) => (lang === names.locale ? undefined : lang)

type ForumListEntry = { code: string; shortName: string; name: string; kind: string; lang?: Locale }

// The 500 forums of a world-scale list, in each language, once per list rather than once per render:
// the list comes from the matrix's cached lists (lib/queries/matrix.ts), the same array until the
// data change, and a change of names is a change of data, which reads a new list.
const localizedLists = new WeakMap<readonly ForumListEntry[], Map<Locale, ForumListEntry[]>>()

function localForums<F extends ForumListEntry>(list: F[], names: NameBook): F[] {
  let byLocale = localizedLists.get(list)
  if (!byLocale) localizedLists.set(list, (byLocale = new Map()))
  const cached = byLocale.get(names.locale)
  if (cached) return cached as F[]
  const localized = list.map((forum) => {
    const local = names.forum(forum.code, forum)
    return { ...forum, name: local.name, shortName: local.shortName, lang: otherLanguage(local.lang, names) }
  })
  byLocale.set(names.locale, localized)
  return localized
}
