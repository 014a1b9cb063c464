import { FORUM_KIND_PLURALS } from '@/lib/domain/vocabulary'

/** The forum kinds a matrix view shows: the ones ticked, or every kind when none is. */
export function forumKindsShown(kinds: string[]): string[] {
  return kinds.length ? kinds : Object.keys(FORUM_KIND_PLURALS)
}

/** How many forums a matrix view shows: the ones chosen one by one, else every forum of the kinds shown. */
export function forumsShownCount(chosen: string[], kinds: string[], forums: { kind: string }[]): number {
  if (chosen.length) return chosen.length
  const shown = forumKindsShown(kinds)
  return forums.filter((f) => shown.includes(f.kind)).length
}
