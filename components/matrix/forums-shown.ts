import { FORUM_KIND_PLURALS } from '@/lib/domain/vocabulary'

/** How many forums a matrix view shows: the ones chosen one by one, else every forum of the kinds ticked (all kinds when none is). */
export function forumsShownCount(chosen: string[], kinds: string[], forums: { kind: string }[]): number {
  if (chosen.length) return chosen.length
  const shown = kinds.length ? kinds : Object.keys(FORUM_KIND_PLURALS)
  return forums.filter((f) => shown.includes(f.kind)).length
}
