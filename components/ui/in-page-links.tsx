'use client'

import { useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useRef, useTransition, type MouseEvent, type ReactNode } from 'react'

/**
 * Links inside `children` that change only this page's view (the same path, other parameters) are
 * followed in place: the new view arrives without reloading the page and without moving it. They
 * stay plain <a> elements (in HTML or in a server-drawn SVG), so without JavaScript they are
 * ordinary links, to the `#reveal` element when their address names it. With JavaScript, that
 * element is scrolled to only when it would otherwise be off screen (below a chart on a phone).
 */
export function InPageLinks({ reveal, children }: { reveal?: string; children: ReactNode }) {
  const router = useRouter()
  const params = useSearchParams()
  const [, startTransition] = useTransition()
  const revealAfterNavigation = useRef(false)

  useEffect(() => {
    if (!revealAfterNavigation.current || !reveal) return
    revealAfterNavigation.current = false
    const target = document.getElementById(reveal)
    const box = target?.getBoundingClientRect()
    if (target && box && (box.top >= window.innerHeight || box.bottom <= 0)) target.scrollIntoView({ block: 'nearest' })
  }, [params, reveal])

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as Element).closest('a')
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const href = link.getAttribute('href')
    if (!href || link.getAttribute('target') || link.hasAttribute('download')) return
    const url = new URL(href, window.location.href)
    if (url.origin !== window.location.origin || url.pathname !== window.location.pathname) return
    event.preventDefault()
    revealAfterNavigation.current = true
    startTransition(() => router.push(url.pathname + url.search, { scroll: false }))
  }

  return <div onClick={onClick}>{children}</div>
}
