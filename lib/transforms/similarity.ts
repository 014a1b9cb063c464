import type { MembershipStatus } from '../domain/vocabulary'

/**
 * How alike two parties' forum memberships are: a weighted Jaccard index over forums,
 *   score(a, b) = Σ_f min(w_a(f), w_b(f)) / Σ_f max(w_a(f), w_b(f)),
 * where w_p(f) is the weight of p's status in forum f: member 1; observer, partner, associate 0.5;
 * suspended 0.25; applicant or none 0. 1 = identical portfolios, 0 = nothing in common. A party is
 * 1 with itself; two parties with no memberships at all score 0.
 */

const STATUS_WEIGHT: Record<MembershipStatus, number> = {
  member: 1,
  observer: 0.5,
  partner: 0.5,
  associate: 0.5,
  suspended: 0.25,
  applicant: 0,
}

export type Portfolio = Record<string, number> // forum code → weight

export function portfolioOf(statuses: { forumCode: string; status: MembershipStatus }[]): Portfolio {
  const p: Portfolio = {}
  for (const s of statuses) if (STATUS_WEIGHT[s.status] > 0) p[s.forumCode] = STATUS_WEIGHT[s.status]
  return p
}

export function similarity(a: Portfolio, b: Portfolio, same = false): { score: number; shared: number } {
  const forums = new Set([...Object.keys(a), ...Object.keys(b)])
  let min = 0
  let max = 0
  let shared = 0
  for (const f of forums) {
    const x = a[f] ?? 0
    const y = b[f] ?? 0
    min += Math.min(x, y)
    max += Math.max(x, y)
    if (x > 0 && y > 0) shared++
  }
  if (same) return { score: 1, shared }
  return { score: max === 0 ? 0 : min / max, shared }
}

export interface SimilarityMatrix {
  parties: string[]
  scores: number[][]
  shared: number[][]
}

export function similarityMatrix(parties: string[], portfolios: Record<string, Portfolio>): SimilarityMatrix {
  const scores = parties.map(() => parties.map(() => 0))
  const shared = parties.map(() => parties.map(() => 0))
  parties.forEach((a, i) =>
    parties.forEach((b, j) => {
      const s = similarity(portfolios[a] ?? {}, portfolios[b] ?? {}, i === j)
      scores[i][j] = s.score
      shared[i][j] = s.shared
    }),
  )
  return { parties, scores, shared }
}

/**
 * Orders parties so that similar ones sit together: average-linkage agglomerative clustering on
 * the distance 1 − score, rows in the leaf order of the resulting tree (at each merge the cluster
 * with the earlier first party goes first, so the order is deterministic).
 */
export function clusterOrder(m: SimilarityMatrix): string[] {
  let clusters = m.parties.map((_, i) => [i])
  const dist = (a: number[], b: number[]) => {
    let sum = 0
    for (const i of a) for (const j of b) sum += 1 - m.scores[i][j]
    return sum / (a.length * b.length)
  }
  while (clusters.length > 1) {
    let best = { i: 0, j: 1, d: Infinity }
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const d = dist(clusters[i], clusters[j])
        if (d < best.d - 1e-12) best = { i, j, d }
      }
    const merged = [...clusters[best.i], ...clusters[best.j]]
    clusters = [...clusters.filter((_, k) => k !== best.i && k !== best.j), merged]
    clusters.sort((a, b) => Math.min(...a) - Math.min(...b))
  }
  return (clusters[0] ?? []).map((i) => m.parties[i])
}

export interface RankedParty {
  party: string
  score: number
  shared: number
}

/** Every other party against `party`, most alike first (then more shared forums, then by code). */
export function rankAgainst(party: string, portfolios: Record<string, Portfolio>): RankedParty[] {
  const own = portfolios[party] ?? {}
  return Object.keys(portfolios)
    .filter((p) => p !== party)
    .map((p) => ({ party: p, ...similarity(own, portfolios[p]) }))
    .sort((a, b) => b.score - a.score || b.shared - a.shared || a.party.localeCompare(b.party))
}
