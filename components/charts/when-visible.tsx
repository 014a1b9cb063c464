'use client'

import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

/**
 * Draws its children (a recharts chart) only once it comes near the viewport, or when the page is
 * printed; until then, and while the chart's code loads (a lazyPlots plot suspends), it holds the
 * chart's height, so nothing shifts. recharts' first render is the heaviest work on a page with
 * several charts; charts below the fold no longer delay the page becoming responsive. `atOnce`
 * draws it as soon as the page is hydrated and the code is in, wherever the chart is. `preload`
 * loads the chart's code once the page has loaded and the browser is idle, so a chart scrolled to
 * or printed later is drawn at once. The chart's caption and its numbers (in the figure around
 * it) are always in the page.
 */
export function WhenVisible({ height, atOnce = false, preload, children }: { height: number; atOnce?: boolean; preload?: () => unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState(false)
  useEffect(() => {
    const el = ref.current
    if (atOnce || !el || typeof IntersectionObserver === 'undefined') return setShown(true)
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
  }, [atOnce])
  useEffect(() => (preload ? onFirstUse(preload) : undefined), [preload])
  // data-waits-for: whether the chart waits to come into view or for its code (tests and debugging)
  const pending = (waitsFor: 'view' | 'code') => <div ref={ref} className="chart-pending" data-waits-for={waitsFor} style={{ height }} aria-hidden="true" />
  return shown ? <Suspense fallback={pending('code')}>{children}</Suspense> : pending('view')
}

/** The events that show a reader at work on the page (scroll, wheel, touch, pointer, keys). */
const FIRST_USE_EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const

/** Runs `fn` in the browser's first idle moment after the reader first uses the page; returns the cancel. */
function onFirstUse(fn: () => unknown): () => void {
  let idle: number | undefined
  const options = { capture: true, passive: true } as const
  const stopListening = () => FIRST_USE_EVENTS.forEach((type) => window.removeEventListener(type, used, options))
  function used() {
    stopListening()
    // Safari has no requestIdleCallback
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(() => fn(), { timeout: 1000 }) : window.setTimeout(() => fn(), 50)
  }
  FIRST_USE_EVENTS.forEach((type) => window.addEventListener(type, used, options))
  return () => {
    stopListening()
    if (idle === undefined) return
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle)
    else clearTimeout(idle)
  }
}
