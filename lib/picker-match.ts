/** One choice of a type-ahead picker: its form value, its name, and the code shown beside it. */
export interface PickerOption {
  value: string
  label: string
  code?: string
  /** A heading the option is listed under (e.g. "Forum aggregates"). */
  group?: string
}

/** Parties or forums as picker options: chosen by code, shown by name with the code beside it. */
export function codeOptions(list: readonly { code: string; name: string }[]): PickerOption[] {
  return list.map((x) => ({ value: x.code, label: x.name, code: x.code }))
}

/** Lower case without accents, so that "turkiye" finds "Türkiye" and "cote" finds "Côte d’Ivoire". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The options a typed text finds, best first: the exact code, then names that start with it, then
 * names with a word that starts with it, then codes that start with it, then names that contain it;
 * within each rank, the list's own order. Empty text finds every option in order.
 */
export function matchOptions(options: PickerOption[], text: string): PickerOption[] {
  const q = foldText(text.trim())
  if (!q) return options
  const ranked: [number, number, PickerOption][] = []
  options.forEach((o, i) => {
    const name = foldText(o.label)
    const code = foldText(o.code ?? '')
    const rank =
      code === q
        ? 0
        : name.startsWith(q)
          ? 1
          : name.split(/[\s\-–—(),/+]+/).some((w) => w.startsWith(q))
            ? 2
            : code.startsWith(q)
              ? 3
              : name.includes(q)
                ? 4
                : -1
    if (rank >= 0) ranked.push([rank, i, o])
  })
  return ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , o]) => o)
}
