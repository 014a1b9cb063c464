/**
 * Overlaps between forums: which parties belong to which combination of the selected forums.
 * Each party is counted in exactly one *exclusive* intersection: the set of selected forums it
 * belongs to (with a counted status), and nowhere else.
 */

export interface Intersection {
  /** Forum codes, in the requested order. */
  combination: string[]
  /** Party codes, sorted. */
  parties: string[]
}

export function combinationKey(combination: string[]): string {
  return combination.join('&')
}

/** `membersOf[forum]` = the parties counted in that forum. Non-empty intersections, largest first. */
export function exclusiveIntersections(forums: string[], membersOf: Record<string, string[]>): Intersection[] {
  const byParty = new Map<string, string[]>()
  for (const forum of forums) {
    for (const party of membersOf[forum] ?? []) byParty.set(party, [...(byParty.get(party) ?? []), forum])
  }
  const groups = new Map<string, Intersection>()
  for (const [party, inForums] of byParty) {
    const combination = forums.filter((f) => inForums.includes(f))
    const key = combinationKey(combination)
    const group = groups.get(key) ?? { combination, parties: [] }
    group.parties.push(party)
    groups.set(key, group)
  }
  const order = (c: string[]) => c.map((f) => forums.indexOf(f))
  return [...groups.values()]
    .map((g) => ({ ...g, parties: g.parties.sort() }))
    .sort(
      (a, b) => b.parties.length - a.parties.length || a.combination.length - b.combination.length || compareArrays(order(a.combination), order(b.combination)),
    )
}

function compareArrays(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** Every non-empty subset of forums with its *inclusive* intersection size, as venn.js wants it. */
export function inclusiveAreas(forums: string[], intersections: Intersection[]): { sets: string[]; size: number }[] {
  const out: { sets: string[]; size: number }[] = []
  for (let mask = 1; mask < 1 << forums.length; mask++) {
    const sets = forums.filter((_, i) => mask & (1 << i))
    const size = intersections.filter((x) => sets.every((s) => x.combination.includes(s))).reduce((n, x) => n + x.parties.length, 0)
    out.push({ sets, size })
  }
  return out
}
