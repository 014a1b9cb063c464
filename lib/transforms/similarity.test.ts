import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairwiseClusterOrder, pairwiseMatrix, pairwiseRankAgainst } from '../../tests/support/similarity-pairwise'
import { clusterOrder, clusteredSimilarity, portfolioOf, rankAgainst, similarity, similarityMatrix } from './similarity'

const p = (entries: (readonly [string, 'member' | 'observer' | 'partner' | 'suspended' | 'applicant'])[]) =>
  portfolioOf(entries.map(([forumCode, status]) => ({ forumCode, status })))

describe('weighted Jaccard similarity', () => {
  const kaz = p([
    ['SCO', 'member'],
    ['EAEU', 'member'],
    ['CSTO', 'member'],
  ])
  const uzb = p([
    ['SCO', 'member'],
    ['EAEU', 'observer'],
  ])
  const arm = p([
    ['EAEU', 'member'],
    ['CSTO', 'suspended'],
    ['SCO', 'partner'],
  ])

  it('matches hand-computed pairs', () => {
    // KAZ–UZB: min = 1 + 0.5 + 0 = 1.5; max = 1 + 1 + 1 = 3 → 0.5; shared SCO, EAEU
    expect(similarity(kaz, uzb)).toEqual({ score: 0.5, shared: 2 })
    // KAZ–ARM: min = 0.5 + 1 + 0.25 = 1.75; max = 1 + 1 + 1 = 3
    expect(similarity(kaz, arm).score).toBeCloseTo(1.75 / 3, 12)
    // UZB–ARM: min = 0.5 + 0.5 + 0 = 1; max = 1 + 1 + 0.25 = 2.25
    expect(similarity(uzb, arm).score).toBeCloseTo(1 / 2.25, 12)
    expect(similarity(p([['SCO', 'applicant']]), p([['OIC', 'member']]))).toEqual({ score: 0, shared: 0 })
  })

  it('is symmetric, 1 on the diagonal, and 0 for two empty portfolios', () => {
    const m = similarityMatrix(['KAZ', 'UZB', 'ARM', 'NONE'], { KAZ: kaz, UZB: uzb, ARM: arm, NONE: {} })
    for (let i = 0; i < 4; i++) {
      expect(m.scores[i][i]).toBe(1)
      for (let j = 0; j < 4; j++) expect(m.scores[i][j]).toBe(m.scores[j][i])
    }
    expect(similarity({}, {}).score).toBe(0)
  })

  it('orders rows so that alike parties sit together', () => {
    const a = p([
      ['SCO', 'member'],
      ['CSTO', 'member'],
    ])
    const b = p([
      ['OIC', 'member'],
      ['ECO', 'member'],
    ])
    const m = similarityMatrix(['A1', 'B1', 'A2', 'B2'], { A1: a, B1: b, A2: a, B2: b })
    expect(clusterOrder(m)).toEqual(['A1', 'A2', 'B1', 'B2'])
  })
})

describe('rankAgainst', () => {
  it('ranks every other party, most alike first, ties by shared forums then code', async () => {
    const { rankAgainst } = await import('./similarity')
    const ranked = rankAgainst('A', {
      A: { F1: 1, F2: 1 },
      B: { F1: 1, F2: 1 },
      C: { F1: 1 },
      D: { F3: 1 },
      E: { F2: 1 },
    })
    expect(ranked.map((r) => [r.party, r.score, r.shared])).toEqual([
      ['B', 1, 2],
      ['C', 0.5, 1],
      ['E', 0.5, 1],
      ['D', 0, 0],
    ])
  })
})

describe('the set-based similarity matrix and clustering', () => {
  // Few forums and few weights: many equal scores and equal distances, where the order of merges is decided by ties.
  const statuses = ['member', 'observer', 'suspended', 'applicant'] as const
  const portfolios = fc.dictionary(
    fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `P${String(i).padStart(2, '0')}`)),
    fc.array(fc.tuple(fc.constantFrom('F1', 'F2', 'F3', 'F4', 'F5', 'F6'), fc.constantFrom(...statuses)), { maxLength: 6 }),
    { minKeys: 1 },
  )

  it('equals comparing each pair of portfolios on its own, to the bit', () => {
    fc.assert(
      fc.property(portfolios, (raw) => {
        const parties = Object.keys(raw)
        const pf = Object.fromEntries(parties.map((q) => [q, p(raw[q])]))
        expect(similarityMatrix(parties, pf)).toEqual(pairwiseMatrix(parties, pf))
      }),
      { numRuns: 300 },
    )
  })

  it('orders the parties as recomputing every pair of clusters at each merge does', () => {
    fc.assert(
      fc.property(portfolios, (raw) => {
        const parties = Object.keys(raw)
        const pf = Object.fromEntries(parties.map((q) => [q, p(raw[q])]))
        const m = similarityMatrix(parties, pf)
        const order = pairwiseClusterOrder(m)
        expect(clusterOrder(m)).toEqual(order)
        expect(clusteredSimilarity(parties, pf)).toEqual(pairwiseMatrix(order, pf))
      }),
      { numRuns: 300 },
    )
  })

  it('ranks as comparing each pair does', () => {
    fc.assert(
      fc.property(portfolios, (raw) => {
        const parties = Object.keys(raw)
        const pf = Object.fromEntries(parties.map((q) => [q, p(raw[q])]))
        expect(rankAgainst(parties[0], pf)).toEqual(pairwiseRankAgainst(parties[0], pf))
      }),
      { numRuns: 300 },
    )
  })
})
