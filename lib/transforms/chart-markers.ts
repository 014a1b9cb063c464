/**
 * Membership events on a chart with a year axis, as numbers: each event gets its number in date
 * order (the list beside the chart uses the same numbers), and each year with events gets one
 * label on the chart, so labels never pile up however many events a year holds. Neighbouring
 * years' labels alternate between two rows, so two one-year-apart labels do not touch on a phone.
 */

export interface NumberedMarker {
  number: number
  year: number
}

export interface YearMarker {
  year: number
  /** "3", "3, 4", or "3–6" when more than three events fall in the year. */
  label: string
  /** 0 or 1: which of the two label rows it sits in. */
  row: 0 | 1
}

/** One label per year that has events; `markers` in date order, numbered from 1. */
export function yearMarkers<M extends { year: number }>(markers: readonly M[]): { numbered: (M & NumberedMarker)[]; years: YearMarker[] } {
  const numbered = markers.map((m, i) => ({ ...m, number: i + 1 }))
  const byYear = new Map<number, number[]>()
  for (const m of numbered) byYear.set(m.year, [...(byYear.get(m.year) ?? []), m.number])
  const years: YearMarker[] = []
  let previous: YearMarker | null = null
  for (const [year, numbers] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const label = numbers.length > 3 ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(', ')
    // A label one year after the previous one goes in the other row; further apart, back to the first.
    const row: 0 | 1 = previous && year - previous.year <= 1 && previous.row === 0 ? 1 : 0
    previous = { year, label, row }
    years.push(previous)
  }
  return { numbered, years }
}
