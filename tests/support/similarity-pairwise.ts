import { similarity, type Portfolio, type RankedParty, type SimilarityMatrix } from '../../lib/transforms/similarity'

/**
 * The similarity matrix and cluster order as they were computed before issue #22, kept as the
 * oracle the set-based ones are compared with: each pair of portfolios compared on its own, and
 * average-linkage clustering that recomputes each pair of clusters' distance from their members at
 * every merge.
 */

export function pairwiseMatrix(parties: string[], portfolios: Record<string, Portfolio>): SimilarityMatrix {
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

export function pairwiseClusterOrder(m: SimilarityMatrix): string[] {
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

export function pairwiseRankAgainst(party: string, portfolios: Record<string, Portfolio>): RankedParty[] {
  const own = portfolios[party] ?? {}
  return Object.keys(portfolios)
    .filter((p) => p !== party)
    .map((p) => ({ party: p, ...similarity(own, portfolios[p]) }))
    .sort((a, b) => b.score - a.score || b.shared - a.shared || a.party.localeCompare(b.party))
}
