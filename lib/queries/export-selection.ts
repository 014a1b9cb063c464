import 'server-only'
import { isoDay, todayIso } from '../dates'
import { inDefaultOrder } from '../forum-order'
import { ParamError } from '../params'
import type { Db } from './client'

/** The first year of the research exports when `from` is not given: the year the region's states became independent. */
export const FIRST_EXPORT_YEAR = 1991

export interface ExportSelection {
  today: string
  from: number
  to: number
  /** The selected forums, in the order given (default: every forum, in the default order). */
  forums: { code: string; name: string; founded: string; dissolved: string | null }[]
}

/**
 * The year range and forums of a research export (COW state-year, dyad-year, forum-year), checked
 * against today and the forums in the database; a bad one is a ParamError naming the parameter.
 */
export async function exportSelection(query: { from?: number; to?: number; forums?: string[] }, prisma: Db): Promise<ExportSelection> {
  const today = todayIso()
  const thisYear = Number(today.slice(0, 4))
  const from = query.from ?? FIRST_EXPORT_YEAR
  const to = query.to ?? thisYear
  if (to > thisYear) throw new ParamError('to', `must not be after the current year (${thisYear})`)
  // Name the parameter the reader gave: `to=1945` alone is before the default first year.
  if (from > to)
    throw query.from === undefined ? new ParamError('to', `must not be before from (${from}, the default)`) : new ParamError('from', 'must not be after to')
  const allForums = inDefaultOrder(
    (await prisma.forum.findMany({ select: { code: true, name: true, founded: true, dissolved: true } })).map((f) => ({
      code: f.code,
      name: f.name,
      founded: isoDay(f.founded),
      dissolved: isoDay(f.dissolved),
    })),
  )
  const unknown = (query.forums ?? []).filter((c) => !allForums.some((f) => f.code === c))
  if (unknown.length) throw new ParamError('forums', `unknown forum code(s): ${unknown.join(', ')}`)
  const forums = query.forums?.length ? [...new Set(query.forums)].map((c) => allForums.find((f) => f.code === c)!) : allForums
  return { today, from, to, forums }
}
