import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { ConsoleMessage, Page, Request } from 'playwright-core'
import { serverErrors } from '../e2e/server'
import { waitForHydration } from './browser'

/** axe-core in a page, through the DevTools protocol (the app's strict CSP stays as it is). */

// Three steps and a diagnosis fit in the test's 60 s.
const STEP_TIMEOUT_MS = 18_000

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeResult {
  violations: {
    id: string
    impact: 'minor' | 'moderate' | 'serious' | 'critical' | null
    help: string
    nodes: { target: string[]; failureSummary?: string }[]
  }[]
}

/**
 * Loads a page as a reader sees it (charts drawn, every <details> opened) and runs axe on it: every
 * rule, or only `rules`; with no url, runs again on the page as it is (the dark scheme changes
 * colours and nothing else, so there only the colour rules run again).
 */
export async function runAxe(page: Page, url: string | null, rules?: string[]): Promise<AxeResult> {
  // Each step has a deadline well inside the test's own 60 s, so that a stall under load says which
  // step stalled and what it was waiting for (two fresh-clone runs each had one such timeout).
  if (url) await openForAxe(page, url)
  // Charts are drawn when they come into view (components/charts/when-visible.tsx): bring each one
  // still waiting into view until every chart has its SVG (one pass is not enough: a chart scrolled
  // past may leave the view again before its code has loaded).
  try {
    await page.waitForFunction(
      () => {
        const waiting = document.querySelector('.chart-pending')
        if (waiting) waiting.scrollIntoView({ block: 'center' })
        return !waiting && [...document.querySelectorAll('.recharts-wrapper')].every((w) => w.querySelector('svg.recharts-surface'))
      },
      null,
      { polling: 100, timeout: STEP_TIMEOUT_MS },
    )
  } catch (error) {
    const state = await diagnose(page, () => ({
      pending: [...document.querySelectorAll<HTMLElement>('.chart-pending')].map((p) => p.dataset.waitsFor ?? '?'),
      withoutSvg: [...document.querySelectorAll('.recharts-wrapper')].filter((w) => !w.querySelector('svg.recharts-surface')).length,
    }))
    throw new Error(`${url ?? page.url()}: charts not drawn within ${STEP_TIMEOUT_MS / 1000} s (${JSON.stringify(state)}): ${String(error).slice(0, 200)}`)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
  if (url) await page.evaluate(axeSource)
  return page.evaluate(
    (only) =>
      (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
        resultTypes: ['violations'],
        ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
      }),
    rules,
  )
}

/** What `look` reads in the page, or null: a renderer stuck for good would not answer, so it gets 3 s. */
async function diagnose<T>(page: Page, look: () => T): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const state = await Promise.race([page.evaluate(look).catch(() => null), new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 3000)))])
  clearTimeout(timer)
  return state
}

/**
 * Opens `url` and waits for hydration. A page that loads but never hydrates under load (twice, on
 * /ru/trade?…forum:EAEU in fresh clones, and never alone) says what the browser saw meanwhile: errors
 * thrown, console errors, requests that failed or were still open, and how far the document got.
 */
async function openForAxe(page: Page, url: string): Promise<void> {
  const seen: string[] = []
  const open = new Set<string>()
  let status: number | undefined
  const onError = (error: Error) => seen.push(`thrown: ${String(error).slice(0, 200)}`)
  const onConsole = (m: ConsoleMessage) => void (m.type() === 'error' && seen.push(`console: ${m.text().slice(0, 200)}`))
  const onFailed = (r: Request) => seen.push(`failed: ${r.url().slice(0, 120)} ${r.failure()?.errorText ?? ''}`)
  const onRequest = (r: Request) => void open.add(r.url())
  const onDone = (r: Request) => void open.delete(r.url())
  page.on('pageerror', onError)
  page.on('console', onConsole)
  page.on('requestfailed', onFailed)
  page.on('request', onRequest)
  page.on('requestfinished', onDone)
  try {
    status = (await page.goto(url, { timeout: STEP_TIMEOUT_MS }))?.status()
    await waitForHydration(page, { timeout: STEP_TIMEOUT_MS })
  } catch (error) {
    const state = await diagnose(page, () => ({
      readyState: document.readyState,
      scripts: document.scripts.length,
      main: document.querySelector('main')?.childElementCount ?? null,
    }))
    const pending = [...open].map((u) => u.slice(0, 120))
    const server = serverErrors(url)
    throw new Error(
      `${url}: ${String(error).slice(0, 200)}\n  status: ${status ?? 'none'}\n  document: ${JSON.stringify(state)}\n  still loading: ${JSON.stringify(pending)}\n  ${seen.join('\n  ') || 'no error seen'}` +
        (server ? `\n  the server's error output (last lines):\n${server}` : ''),
      { cause: error },
    )
  } finally {
    page.off('pageerror', onError)
    page.off('console', onConsole)
    page.off('requestfailed', onFailed)
    page.off('request', onRequest)
    page.off('requestfinished', onDone)
  }
}

export const describeViolations = (r: AxeResult, impacts: string[]) =>
  r.violations
    .filter((v) => impacts.includes(v.impact ?? ''))
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`)
          .join('\n')}`,
    )
