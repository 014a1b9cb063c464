/** Events grouped by the year they started in, in the order given (the queries give them oldest first). */
export function groupByYear<E extends { startDate: string }>(events: readonly E[]): { year: number; events: E[] }[] {
  const groups: { year: number; events: E[] }[] = []
  for (const e of events) {
    const year = Number(e.startDate.slice(0, 4))
    const last = groups.at(-1)
    if (last && last.year === year) last.events.push(e)
    else groups.push({ year, events: [e] })
  }
  return groups
}
