import { describe, expect, inject, it } from 'vitest'
import { browserPage, chromiumAvailable, openHydrated } from '../support/browser'
import { browserServer } from './server'

/**
 * #22.5: every page hydrates the markup the server sent instead of rendering it again. When the
 * two differ (for instance a <details> inside a <p>: the HTML parser closes the <p> first, React's
 * tree does not), React reports error #418 and throws the server's markup of that part away, then
 * renders, lays out and paints it again in the browser. On /matrix that tripled the main thread's
 * work on load. Checked two ways: no error reaches the page, and the elements the HTML parser
 * made are still the ones in the document once the page is hydrated (but for the pickers and the
 * charts, which replace their no-JS <select> and their placeholder on purpose).
 */

const hasBrowser = chromiumAvailable()

const PAGES = [
  '/',
  '/matrix',
  '/matrix?asOf=2010-01-01&forums=CSTO',
  '/overlaps',
  '/trade',
  '/events',
  '/map',
  '/alignment',
  '/changes',
  '/forums/SCO',
  '/parties/KAZ',
  '/data',
]

for (const server of browserServer(inject('servers'))) {
  describe.skipIf(!hasBrowser)(`hydration on ${server.target}`, () => {
    const held = browserPage({ viewport: { width: 390, height: 844 } })

    it.each(PAGES)('%s keeps the server’s markup and reports no error', async (path) => {
      const errors: string[] = []
      const onError = (error: Error) => errors.push(error.message)
      const onConsole = (message: { type(): string; text(): string }) => {
        if (message.type() === 'error') errors.push(message.text())
      }
      held.page.on('pageerror', onError)
      held.page.on('console', onConsole)
      try {
        // Before any script runs: remember the parser's elements of <main>.
        await held.page.addInitScript(() => {
          document.addEventListener('DOMContentLoaded', () => {
            ;(window as unknown as { parsed: Element[] }).parsed = [...document.querySelectorAll('main *')]
          })
        })
        await openHydrated(held.page, `${server.url}${path}`)
        const { parsed, replaced } = await held.page.evaluate(() => {
          const elements = (window as unknown as { parsed: Element[] }).parsed
          return {
            parsed: elements.length, // By design: a picker replaces its no-JS <select> (components/ui/picker.tsx), a chart its placeholder (WhenVisible).
            replaced: elements.filter((e) => !e.isConnected && !e.closest('.picker-plain, .chart-pending')).map((e) => e.outerHTML.slice(0, 80)),
          }
        })
        expect(parsed).toBeGreaterThan(10)
        expect(errors).toEqual([])
        expect(replaced.slice(0, 5)).toEqual([])
      } finally {
        held.page.off('pageerror', onError)
        held.page.off('console', onConsole)
      }
    })
  })
}
