/** One choice of a type-ahead picker: its form value, its name, and the code shown beside it. */
export interface PickerOption {
  value: string
  label: string
  code?: string
  /** A heading the option is listed under (e.g. "Forum aggregates"). */
  group?: string
  /** Other names it is found by, not shown: its names in the other languages (ШОС, Shanghai…). */
  terms?: readonly string[]
}

/** Parties or forums as picker options: chosen by code, shown by name with the code beside it. */
export function codeOptions(list: readonly { code: string; name: string; terms?: readonly string[] }[]): PickerOption[] {
  return list.map((x) => ({ value: x.code, label: x.name, code: x.code, ...(x.terms ? { terms: x.terms } : {}) }))
}

/**
 * Search terms by code: a forum's or party's names in every interface language (English and Russian,
 * full and short), which the server sends once per page (components/ui/picker-terms.tsx), so that a
 * reader finds «ШОС» or «Казах» on the English page and "Shanghai" on the Russian one.
 */
export type SearchTerms = Readonly<Record<string, readonly string[]>>

/** The options with the search terms of their codes added (an option without a code, or a code without terms, unchanged). */
export function withSearchTerms(options: PickerOption[], terms: SearchTerms | null | undefined): PickerOption[] {
  if (!terms) return options
  return options.map((o) => {
    const more = o.code ? terms[o.code] : undefined
    return more?.length ? { ...o, terms: [...(o.terms ?? []), ...more] } : o
  })
}

/**
 * Lower case without accents, so that "turkiye" finds "Türkiye", "cote" finds "Côte d’Ivoire" and
 * «пятерка» finds «пятёрка» (ё and й lose their marks as é does).
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const WORD_BREAK = /[\s\-–—(),/+«»"“”„]+/

/** How well one name matches the folded text: 1 starts with it, 2 a word starts with it, 4 contains it, -1 not at all. */
function nameRank(name: string, q: string): number {
  const n = foldText(name)
  return n.startsWith(q) ? 1 : n.split(WORD_BREAK).some((w) => w.startsWith(q)) ? 2 : n.includes(q) ? 4 : -1
}

/**
 * The options a typed text finds, best first: the exact code, then names that start with it, then
 * names with a word that starts with it, then codes that start with it, then names that contain it;
 * within each rank, the list's own order. An option's search terms (its names in other languages)
 * count as its name. Empty text finds every option in order.
 */
export function matchOptions(options: PickerOption[], text: string): PickerOption[] {
  const q = foldText(text.trim())
  if (!q) return options
  const ranked: [number, number, PickerOption][] = []
  options.forEach((o, i) => {
    const code = foldText(o.code ?? '')
    const names = [o.label, ...(o.terms ?? [])].map((n) => nameRank(n, q)).filter((r) => r > 0)
    const byName = names.length ? Math.min(...names) : -1
    const rank = code === q ? 0 : byName > 0 && byName < 3 ? byName : code.startsWith(q) ? 3 : byName
    if (rank >= 0) ranked.push([rank, i, o])
  })
  return ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , o]) => o)
}
