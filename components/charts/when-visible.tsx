'use client'

import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

/**
 * Draws its children (a recharts chart) only once it comes near the viewport, or when the page is
 * printed; until then, and while the chart's code loads (a lazyPlots plot suspends), it holds the
 * chart's height, so nothing shifts. recharts' first render is the heaviest work on a page with
 * several charts; charts below the fold no longer delay the page becoming responsive. `atOnce`
 * draws it as soon as the page is hydrated and the code is in, wherever the chart is. `preload`
 * loads the chart's code once the reader first uses the page (onFirstUse), so a chart scrolled to
 * later is drawn at once. Not when the page goes idle after loading: evaluating recharts is one
 * task of about 40 ms here, 160 ms on a phone (Lighthouse's 4× slowdown), which blocked phones
 * whose readers had not looked past the top of the page. A chart whose code has not loaded when
 * printing starts is left out of the print (print CSS hides its placeholder); its numbers are
 * printed. The chart's caption and its numbers (in the figure around it) are always in the page.
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

/**
 * The events that show a reader at work on the page. pointermove: a desktop reader who only moves
 * the mouse and then prints from the browser's menu still gets the charts' code.
 */
const FIRST_USE_EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'pointermove', 'keydown'] as const
const LISTENER_OPTIONS = { capture: true, passive: true } as const
// One set of listeners for every chart on the page: they all preload the same code.
const waiting = new Set<() => unknown>()
let used = false

function firstUse() {
  used = true
  FIRST_USE_EVENTS.forEach((type) => window.removeEventListener(type, firstUse, LISTENER_OPTIONS))
  const run = () => [...waiting].forEach((fn) => (waiting.delete(fn), fn()))
  // In the browser's next idle moment, so that the first scroll is not the one that waits for
  // recharts; within a second at the latest, so that the charts are ready by the time they are reached.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 })
  else window.setTimeout(run, 50) // Safari has no requestIdleCallback
}

/** Runs `fn` once the reader first uses the page (at once, when idle, if they already have); returns the cancel. */
function onFirstUse(fn: () => unknown): () => void {
  waiting.add(fn)
  if (used) firstUse()
  else if (waiting.size === 1) FIRST_USE_EVENTS.forEach((type) => window.addEventListener(type, firstUse, LISTENER_OPTIONS))
  return () => {
    waiting.delete(fn)
    if (!waiting.size && !used) FIRST_USE_EVENTS.forEach((type) => window.removeEventListener(type, firstUse, LISTENER_OPTIONS))
  }
}
