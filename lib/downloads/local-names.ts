import type { LocalNames } from '../i18n/names'
import type { CsvCell } from './csv'

/**
 * The API's `lang=ru` (lib/params.ts langParam): the Russian names of the parties and forums an
 * answer names, added after its own columns (CSV) or beside its fields (JSON). Empty where the
 * dataset has no name in that language. Without `lang`, nothing here is used and the answers are
 * byte for byte what they were.
 */
export function nameColumns(names: LocalNames) {
  const s = `_${names.lang}`
  return {
    party: (prefix = 'party') => `${prefix}_name${s}`,
    forumName: `forum_name${s}`,
    forumShortName: `forum_short_name${s}`,
  }
}

export const partyName = (names: LocalNames, code: string | null | undefined): string => (code ? (names.parties[code]?.name ?? '') : '')
export const forumName = (names: LocalNames, code: string | null | undefined): string => (code ? (names.forums[code]?.name ?? '') : '')
export const forumShortName = (names: LocalNames, code: string | null | undefined): string => (code ? (names.forums[code]?.shortName ?? '') : '')

/** A table's header and rows with the columns of `extra` appended to each row (the same rows untouched without names). */
export function appendColumns<T>(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  items: readonly T[],
  extra: { header: readonly string[]; cells: (item: T) => CsvCell[] } | null,
): [readonly string[], (readonly CsvCell[])[]] {
  if (!extra) return [header, [...rows]]
  return [[...header, ...extra.header], rows.map((row, i) => [...row, ...extra.cells(items[i])])]
}

/** The party and forum name columns of a row naming one party and one forum. */
export function partyForumColumns<T>(names: LocalNames | null, party: (item: T) => string | null | undefined, forum: (item: T) => string | null | undefined) {
  if (!names) return null
  const c = nameColumns(names)
  return {
    header: [c.party(), c.forumName, c.forumShortName],
    cells: (item: T): CsvCell[] => [partyName(names, party(item)), forumName(names, forum(item)), forumShortName(names, forum(item))],
  }
}

/** JSON: the `localNames` field, only the parties and forums whose codes the answer holds. */
export function localNamesField(
  names: LocalNames | null,
  codes: { parties?: Iterable<string | null | undefined>; forums?: Iterable<string | null | undefined> },
) {
  if (!names) return {}
  const pick = (table: LocalNames['forums'], list: Iterable<string | null | undefined> = []) => {
    const out: LocalNames['forums'] = {}
    for (const code of [...new Set([...list].filter((c): c is string => !!c))].sort()) if (table[code]) out[code] = table[code]
    return out
  }
  return { localNames: { lang: names.lang, forums: pick(names.forums, codes.forums), parties: pick(names.parties, codes.parties) } }
}
