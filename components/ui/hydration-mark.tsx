'use client'

import { useEffect } from 'react'

const hydrated = new Set<string>()

/**
 * Marks `<html data-hydrated>` once every part of the layout named in `parts` has hydrated. The layout's
 * parts hydrate separately (Activity boundaries), so one mark per part: a reader, or a browser test,
 * can tell "the controls answer now" from the first paint, instead of guessing from network idle.
 */
export function HydrationMark({ part, parts }: { part: string; parts: number }) {
  useEffect(() => {
    hydrated.add(part)
    if (hydrated.size >= parts) document.documentElement.setAttribute('data-hydrated', '')
  }, [part, parts])
  return null
}
