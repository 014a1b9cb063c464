'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useCallback, useEffect, useRef, useTransition } from 'react'

/**
 * Every choice on a view lives in the URL: this sets or clears parameters and navigates. A change
 * of view is a new history entry, so Back undoes it, on every view; a change the reader did not
 * make one by one (▶ Play, a slider being dragged) replaces the entry instead of filling history.
 */
export function useUrlState() {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [pending, startTransition] = useTransition()
  // Changes made before the URL has caught up with the last one build on it, not on the URL: two
  // quick changes (or several replayed at hydration by useEarlyInput) all count.
  const ahead = useRef<URLSearchParams | null>(null)
  useEffect(() => {
    ahead.current = null
  }, [params])
  const update = useCallback(
    (changes: Record<string, string | null | undefined>, { history = 'push' }: { history?: 'push' | 'replace' } = {}) => {
      const next = new URLSearchParams((ahead.current ?? params).toString())
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key)
        else next.set(key, value)
      }
      ahead.current = next
      const qs = next.toString()
      const href = qs ? `${pathname}?${qs}` : pathname
      startTransition(() => (history === 'replace' ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })))
    },
    [params, pathname, router],
  )
  return { params, update, pending }
}
