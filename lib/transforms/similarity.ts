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

/** The weight of a status in a portfolio (0: not counted). */
export function statusWeight(status: MembershipStatus): number {
  return STATUS_WEIGHT[status]
}

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

/**
 * The similarity of every pair of `parties`, set-based: one pass over the forums, each adding the
 * pairwise minima of its own members' weights, so the work is Σ_f k_f² for k_f chosen parties in
 * forum f rather than n² portfolio comparisons. Σ max follows from the totals
 * (Σ max = total_a + total_b − Σ min, as min + max = x + y for every forum). The weights are
 * quarters, so every sum is exact in a double and the scores equal `similarity`'s to the bit.
 */
export function similarityMatrix(parties: string[], portfolios: Record<string, Portfolio>): SimilarityMatrix {
  return nested(parties, similarityFlat(parties, portfolios), identity(parties.length))
}

/** The matrix of `parties` with its rows and columns in `clusterOrder`: what the heatmap shows. */
export function clusteredSimilarity(parties: string[], portfolios: Record<string, Portfolio>): SimilarityMatrix {
  const flat = similarityFlat(parties, portfolios)
  return nested(parties, flat, clusterIndexOrder(parties.length, flat.score))
}

interface FlatMatrix {
  /** n × n, row-major */
  score: Float64Array
  shared: Int32Array
}

function similarityFlat(parties: string[], portfolios: Record<string, Portfolio>): FlatMatrix {
  const n = parties.length
  const minSum = new Float64Array(n * n)
  const shared = new Int32Array(n * n)
  const total = new Float64Array(n)
  // each forum's chosen parties and their weights, as parallel lists
  const forumParties = new Map<string, number[]>()
  const forumWeights = new Map<string, number[]>()
  for (let i = 0; i < n; i++) {
    const portfolio = portfolios[parties[i]] ?? {}
    let size = 0
    for (const forum in portfolio) {
      const w = portfolio[forum]
      if (!(w > 0)) continue
      total[i] += w
      size++
      const list = forumParties.get(forum)
      if (list) {
        list.push(i)
        forumWeights.get(forum)!.push(w)
      } else {
        forumParties.set(forum, [i])
        forumWeights.set(forum, [w])
      }
    }
    shared[i * n + i] = size
  }
  for (const [forum, list] of forumParties) {
    const weights = forumWeights.get(forum)!
    for (let x = 0; x < list.length; x++) {
      const a = list[x]
      const wa = weights[x]
      for (let y = x + 1; y < list.length; y++) {
        const b = list[y]
        const min = wa < weights[y] ? wa : weights[y]
        minSum[a * n + b] += min
        shared[a * n + b]++
      }
    }
  }
  // the scores take the place of the sums of minima
  const score = minSum
  for (let i = 0; i < n; i++) {
    score[i * n + i] = 1
    for (let j = i + 1; j < n; j++) {
      // a forum's list holds parties in ascending index, so each pair's sums sit above the diagonal
      const min = minSum[i * n + j]
      const max = total[i] + total[j] - min
      const v = max === 0 ? 0 : min / max
      score[i * n + j] = v
      score[j * n + i] = v
      shared[j * n + i] = shared[i * n + j]
    }
  }
  return { score, shared }
}

const identity = (n: number) => Array.from({ length: n }, (_, i) => i)

function nested(parties: string[], flat: FlatMatrix, order: number[]): SimilarityMatrix {
  const n = parties.length
  const scores: number[][] = []
  const shared: number[][] = []
  for (const i of order) {
    const s: number[] = []
    const c: number[] = []
    for (const j of order) {
      s.push(flat.score[i * n + j])
      c.push(flat.shared[i * n + j])
    }
    scores.push(s)
    shared.push(c)
  }
  return { parties: order.map((i) => parties[i]), scores, shared }
}

/**
 * Orders parties so that similar ones sit together: average-linkage agglomerative clustering on
 * the distance 1 − score, rows in the leaf order of the resulting tree (at each merge the cluster
 * with the earlier first party goes first, so the order is deterministic; of pairs at the same
 * distance, to within 1e-12, the first in that order merges).
 */
export function clusterOrder(m: SimilarityMatrix): string[] {
  const n = m.parties.length
  const score = new Float64Array(n * n)
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) score[i * n + j] = m.scores[i][j]
  return clusterIndexOrder(n, score).map((i) => m.parties[i])
}

/**
 * Each cluster keeps the sum of the distances between its members and every other cluster's, and
 * a merge adds two rows of sums (Lance–Williams for average linkage). Each cluster also keeps its
 * closest later cluster (the first of equals), so finding the closest pair reads one entry per
 * cluster; a merge recomputes only the rows whose closest cluster it touched. Recomputing each pair
 * of clusters' distance from their members at every merge was O(n⁴).
 */
function clusterIndexOrder(n: number, score: Float64Array): number[] {
  if (n === 0) return []
  const EPS = 1e-12
  // A cluster lives in the slot of its lowest party index, which a merge keeps (the earlier cluster absorbs the later).
  // the distances between two clusters' members added up (their average is the linkage)
  const sum = new Float64Array(n * n)
  for (let k = 0; k < n * n; k++) sum[k] = 1 - score[k]
  const members: number[][] = Array.from({ length: n }, (_, i) => [i])
  const size = new Float64Array(n).fill(1)
  // the active slots in order, and how many of them
  const active = Int32Array.from({ length: n }, (_, i) => i)
  let count = n
  // per slot: the position (in `active`) of its closest later cluster, and the distance
  const near = new Int32Array(n)
  const nearDist = new Float64Array(n)
  const scanRow = (x: number) => {
    const row = active[x] * n
    const own = size[active[x]]
    let best = -1
    let bd = Infinity
    for (let y = x + 1; y < count; y++) {
      const d = sum[row + active[y]] / (own * size[active[y]])
      if (d < bd - EPS) {
        bd = d
        best = y
      }
    }
    near[active[x]] = best
    nearDist[active[x]] = bd
  }
  for (let x = 0; x < count; x++) scanRow(x)
  while (count > 1) {
    let bx = 0
    let bd = Infinity
    for (let x = 0; x < count - 1; x++) {
      const d = nearDist[active[x]]
      if (d < bd - EPS) {
        bd = d
        bx = x
      }
    }
    const by = near[active[bx]]
    const i = active[bx]
    const j = active[by]
    const merged = size[i] + size[j]
    for (let x = 0; x < count; x++) {
      const k = active[x]
      if (k === i || k === j) continue
      const s = sum[i * n + k] + sum[j * n + k]
      sum[i * n + k] = sum[k * n + i] = s
    }
    members[i] = members[i].concat(members[j])
    size[i] = merged
    active.copyWithin(by, by + 1, count)
    count--
    // Positions after `by` moved one down; rows before the merged cluster whose closest was i or j,
    // or that are now as close to it, and the merged cluster's own row, are scanned again.
    for (let x = 0; x < count; x++) {
      const k = active[x]
      if (near[k] > by) near[k]--
      else if (near[k] === by) near[k] = -2 // was j
    }
    for (let x = 0; x < count - 1; x++) {
      const k = active[x]
      if (x === bx || near[k] === -2 || near[k] === bx || (x < bx && sum[k * n + i] / (size[k] * merged) < nearDist[k] + EPS)) scanRow(x)
    }
    if (count > 0) {
      near[active[count - 1]] = -1
      nearDist[active[count - 1]] = Infinity
    }
  }
  return members[active[0]]
}

export interface RankedParty {
  party: string
  score: number
  shared: number
}

/** Every other party against `party`, most alike first (then more shared forums, then by code). */
export function rankAgainst(party: string, portfolios: Record<string, Portfolio>): RankedParty[] {
  const own = portfolios[party] ?? {}
  const ownTotal = weightOf(own)
  // `similarity` with one side fixed: the forums they share are among its own, Σ max follows from the totals
  const rows: RankedParty[] = []
  for (const p in portfolios) {
    if (p === party) continue
    const other = portfolios[p]
    let min = 0
    let shared = 0
    for (const f in own) {
      const x = own[f]
      const y = other[f]
      if (!(y > 0)) continue
      min += Math.min(x, y)
      if (x > 0) shared++
    }
    const max = ownTotal + weightOf(other) - min
    rows.push({ party: p, score: max === 0 ? 0 : min / max, shared })
  }
  return rows.sort((a, b) => b.score - a.score || b.shared - a.shared || a.party.localeCompare(b.party))
}

function weightOf(p: Portfolio): number {
  let total = 0
  for (const f in p) total += p[f]
  return total
}
