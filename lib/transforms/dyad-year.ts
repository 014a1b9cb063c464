import { COW_CCODES, COW_STATUS_CODE } from '../domain/cow'
import type { MembershipStatus } from '../domain/vocabulary'
import type { ForumYear } from './cow-year'
import { portfolioOf, similarity, type Portfolio } from './similarity'

/**
 * The dyad-year panel (/api/export/dyad-year.csv): one row per unordered pair of states with a COW
 * code (ccode1 < ccode2) per year, whatever they belong to, so the row count is pairs × years.
 *
 *   joint_member     1 when both are coded 1 (full member; a suspended member is formally one, as
 *                    in the COW file) in at least one selected forum that year, else 0;
 *   joint_any        1 when both hold a formal status (COW code 1, 2 or 3: member, suspended,
 *                    associate, observer, partner; not applicant) in at least one same selected forum;
 *   alignment_score  the /alignment view's weighted Jaccard index (lib/transforms/similarity.ts)
 *                    of the two portfolios over the selected forums, 4 decimals; null (empty cell)
 *                    when neither state holds a weighted status in any of them that year (0/0).
 *
 * Statuses are read by the COW year rule (lib/transforms/cow-year.ts), the same as the state-year
 * file: joint_member is 1 exactly when the two rows of cow-igo.csv share a forum column coded 1.
 */

export interface DyadState {
  code: string
  ccode: number
}

export type DyadYearRow = [
  ccode1: number,
  ccode2: number,
  iso3_1: string,
  iso3_2: string,
  year: number,
  jointMember: 0 | 1,
  jointAny: 0 | 1,
  alignmentScore: number | null,
]

/** The parties that take part in the panel: those with a COW state code, in ccode order. */
export function dyadStates(codes: readonly string[]): DyadState[] {
  return [...new Set(codes)]
    .filter((code) => COW_CCODES[code] !== undefined)
    .map((code) => ({ code, ccode: COW_CCODES[code] }))
    .sort((a, b) => a.ccode - b.ccode)
}

/** A state's standing in one year, over the selected forums. */
interface StateYear {
  portfolio: Portfolio
  empty: boolean
  memberOf: string[]
  inAny: string[]
}

const NO_STANDING: StateYear = { portfolio: {}, empty: true, memberOf: [], inAny: [] }

const shareOne = (a: string[], b: string[]) => a.some((f) => b.includes(f))

function standing(statuses: { forumCode: string; status: MembershipStatus }[]): StateYear {
  const portfolio = portfolioOf(statuses)
  return {
    portfolio,
    empty: Object.keys(portfolio).length === 0,
    memberOf: statuses.filter((s) => COW_STATUS_CODE[s.status] === 1).map((s) => s.forumCode),
    inAny: statuses.filter((s) => COW_STATUS_CODE[s.status] > 0).map((s) => s.forumCode),
  }
}

/** The pair's three measures in one year. */
export function dyadMeasures(a: StateYear, b: StateYear): { jointMember: 0 | 1; jointAny: 0 | 1; alignmentScore: number | null } {
  return {
    jointMember: shareOne(a.memberOf, b.memberOf) ? 1 : 0,
    jointAny: shareOne(a.inAny, b.inAny) ? 1 : 0,
    alignmentScore: a.empty && b.empty ? null : Number(similarity(a.portfolio, b.portfolio).score.toFixed(4)),
  }
}

/** Each state's standing per year (index year − from), from the forum-years of the selected forums. */
export function stateYears(states: DyadState[], years: ForumYear[], from: number, to: number): Map<string, StateYear[]> {
  const statuses = new Map(states.map((s) => [s.code, Array.from({ length: to - from + 1 }, () => [] as { forumCode: string; status: MembershipStatus }[])]))
  for (const fy of years) {
    if (fy.year < from || fy.year > to) continue
    for (const [party, status] of fy.statuses) statuses.get(party)?.[fy.year - from].push({ forumCode: fy.forumCode, status })
  }
  // A state's standing seldom changes from one year to the next: an unchanged year reuses the same
  // object, so that a pair whose two standings are both unchanged reuses its measures (below).
  return new Map(
    [...statuses].map(([code, perYear]) => {
      let previousKey = ''
      let previous = NO_STANDING
      return [
        code,
        perYear.map((s) => {
          const key = s
            .map((x) => `${x.forumCode}:${x.status}`)
            .sort()
            .join(' ')
          if (key !== previousKey) [previousKey, previous] = [key, s.length ? standing(s) : NO_STANDING]
          return previous
        }),
      ]
    }),
  )
}

/** Every row, ordered by ccode1, ccode2, year (the order of COW's dyadic files), made as it is read. */
export function* dyadYearRows(states: DyadState[], years: ForumYear[], from: number, to: number): Generator<DyadYearRow> {
  const standings = stateYears(states, years, from, to)
  for (let i = 0; i < states.length; i++) {
    const a = states[i]
    const aYears = standings.get(a.code)!
    for (let j = i + 1; j < states.length; j++) {
      const b = states[j]
      const bYears = standings.get(b.code)!
      let m = dyadMeasures(NO_STANDING, NO_STANDING)
      for (let year = from; year <= to; year++) {
        const k = year - from
        if (k === 0 || aYears[k] !== aYears[k - 1] || bYears[k] !== bYears[k - 1]) m = dyadMeasures(aYears[k], bYears[k])
        yield [a.ccode, b.ccode, a.code, b.code, year, m.jointMember, m.jointAny, m.alignmentScore]
      }
    }
  }
}
