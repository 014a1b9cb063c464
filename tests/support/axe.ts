import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
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
  if (url) {
    await page.goto(url, { timeout: STEP_TIMEOUT_MS })
    await waitForHydration(page, { timeout: STEP_TIMEOUT_MS })
  }
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
    // A renderer stuck for good would not answer this either: the diagnosis gets 3 s.
    const state = await Promise.race([
      page
        .evaluate(() => ({
          pending: [...document.querySelectorAll<HTMLElement>('.chart-pending')].map((p) => p.dataset.waitsFor ?? '?'),
          withoutSvg: [...document.querySelectorAll('.recharts-wrapper')].filter((w) => !w.querySelector('svg.recharts-surface')).length,
        }))
        .catch(() => null),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
    ])
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
