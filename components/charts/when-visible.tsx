'use client'

import { useEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

/**
 * Draws its children (a recharts chart) only once it comes near the viewport, or when the page is
 * printed; until then it holds the chart's height, so nothing shifts. recharts' first render is the
 * heaviest work on a page with several charts; charts below the fold no longer delay the page
 * becoming responsive. The chart's caption and its numbers (in the figure around it) are always in
 * the page.
 */
export function WhenVisible({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (!el || typeof IntersectionObserver === 'undefined') return setShown(true)
    const print = window.matchMedia('print')
    const show = () => {
      cleanup()
      flushSync(() => setShown(true))
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: '200px 0px' })
    const cleanup = () => {
      observer.disconnect()
      print.removeEventListener('change', show)
      window.removeEventListener('beforeprint', show)
    }
    if (print.matches) return show()
    observer.observe(el)
    print.addEventListener('change', show)
    window.addEventListener('beforeprint', show)
    return cleanup
  }, [])
  return shown ? <>{children}</> : <div ref={ref} className="chart-pending" style={{ height }} aria-hidden="true" />
}
