import 'server-only'
import { isoDay } from '../dates'
import { COW_CCODES } from '../domain/cow'
import type { StatusInterval } from '../domain/types'
import type { ResearchExportQuery } from '../params'
import { forumYears } from '../transforms/cow-year'
import { dyadStates, dyadYearRows, type DyadYearRow } from '../transforms/dyad-year'
import { forumYearRows } from '../transforms/forum-year'
import { db, type Db } from './client'
import { exportSelection } from './export-selection'

/**
 * The research exports beside the COW state-year file: the dyad-year panel of joint memberships and
 * the forum-year counts. Both read the intervals of the selected forums once and reshape them in
 * memory (lib/transforms/cow-year.ts, dyad-year.ts, forum-year.ts); everything that can fail — a
 * bad parameter, the database — fails before the first byte, so a streamed answer never breaks off.
 */

async function intervalsOf(prisma: Db, forumCodes: string[], partyCodes?: string[]): Promise<StatusInterval[]> {
  const rows = await prisma.membership.findMany({
    where: { forumCode: { in: forumCodes }, ...(partyCodes ? { partyCode: { in: partyCodes } } : {}) },
    select: { partyCode: true, forumCode: true, status: true, validFrom: true, validTo: true },
  })
  return rows.map((i) => ({ ...i, validFrom: isoDay(i.validFrom), validTo: isoDay(i.validTo) }))
}

export interface DyadYearExport {
  from: number
  to: number
  /** How many rows `rows` yields: pairs × years. */
  rowCount: number
  rows: Iterable<DyadYearRow>
}

/** Every state of the dataset with a COW code, paired with every other, year by year. */
export async function getDyadYearExport(query: ResearchExportQuery, given?: Db): Promise<DyadYearExport> {
  const prisma = await db(given)
  const { today, from, to, forums } = await exportSelection(query, prisma)
  const parties = await prisma.party.findMany({
    where: { code: { in: Object.keys(COW_CCODES) }, kind: { in: ['state', 'territory'] } },
    select: { code: true },
  })
  const states = dyadStates(parties.map((p) => p.code))
  const intervals = await intervalsOf(
    prisma,
    forums.map((f) => f.code),
    states.map((s) => s.code),
  )
  const years = forumYears(forums, intervals, from, to, today)
  const pairs = (states.length * (states.length - 1)) / 2
  return { from, to, rowCount: pairs * (to - from + 1), rows: dyadYearRows(states, years, from, to) }
}

/** Each selected forum, for each year it existed in the range: how many parties held each status. */
export async function getForumYearExport(query: ResearchExportQuery, given?: Db) {
  const prisma = await db(given)
  const { today, from, to, forums } = await exportSelection(query, prisma)
  const intervals = await intervalsOf(
    prisma,
    forums.map((f) => f.code),
  )
  const names = Object.fromEntries(forums.map((f) => [f.code, f.name]))
  return { from, to, rows: forumYearRows(forumYears(forums, intervals, from, to, today), names) }
}
