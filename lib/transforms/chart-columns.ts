/**
 * A year chart's data as the browser gets it. recharts wants a row per year with a value per series
 * (`{ year: 2001, "KAZ>CHN>KAZ>goods#IMF DOTS": 831636100, … }`), and the RSC payload that carries
 * a client component's props writes every key of every object: on /trade's default value chart the
 * series keys repeated in 30 rows were two thirds of its 13 kB, and the publisher named for each
 * point ("International Monetary Fund", 100 times) most of the rest. Here the years and each key go
 * once, with a column of values per series; the chart rebuilds its rows in the browser.
 */

export type YearRow = { year: number } & Record<string, number | null>

export interface ChartColumns {
  years: number[]
  /** Series key → its value in each year of `years` (null: no figure). */
  columns: Record<string, (number | null)[]>
}

/** The rows' values, by series, for the keys given (a key a row lacks is null in that year). */
export function chartColumns(rows: readonly YearRow[], keys: readonly string[]): ChartColumns {
  return {
    years: rows.map((r) => r.year),
    columns: Object.fromEntries(keys.map((key) => [key, rows.map((r) => r[key] ?? null)])),
  }
}

/** The rows again: one per year, in order, with every series' value. */
export function chartRows({ years, columns }: ChartColumns): YearRow[] {
  const keys = Object.keys(columns)
  return years.map((year, i) => {
    const row: YearRow = { year }
    for (const key of keys) row[key] = columns[key][i]
    return row
  })
}

/** What each point of a chart rests on, said once per distinct wording. */
export interface PointSources {
  /** Every distinct source wording, once. */
  titles: string[]
  /** Series key → for each year of the chart's `years`, an index into `titles` (null: no point). */
  points: Record<string, (number | null)[]>
}

/** Packs `series|year` → wording for the chart's years and series keys. */
export function packPointSources(byPoint: Readonly<Record<string, string>>, keys: readonly string[], years: readonly number[]): PointSources {
  const titles: string[] = []
  const index = new Map<string, number>()
  const at = (title: string) => {
    let i = index.get(title)
    if (i === undefined) index.set(title, (i = titles.push(title) - 1))
    return i
  }
  const points = Object.fromEntries(
    keys.map((key) => [
      key,
      years.map((year) => {
        const title = byPoint[`${key}|${year}`]
        return title === undefined ? null : at(title)
      }),
    ]),
  )
  return { titles, points }
}

/** `series|year` → wording, as packed. */
export function unpackPointSources({ titles, points }: PointSources, years: readonly number[]): Record<string, string> {
  const byPoint: Record<string, string> = {}
  for (const [key, column] of Object.entries(points)) {
    column.forEach((i, y) => {
      if (i !== null) byPoint[`${key}|${years[y]}`] = titles[i]
    })
  }
  return byPoint
}
