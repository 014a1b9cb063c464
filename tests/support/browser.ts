import { existsSync } from 'node:fs'
import { chromium, type Browser, type Locator, type Page, type Response } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

/** Debian's chromium driven by playwright-core. Missing chromium: loud skip locally, failure in CI. */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true
  const message = `chromium not found at ${CHROMIUM} (apt-get install -y chromium)`
  if (process.env.CI === 'true') throw new Error(`${message}; CI requires it`)
  console.warn(`\n!!! ${message}: the browser tests are SKIPPED !!!\n`)
  return false
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * Opens a page and waits until every part of it has hydrated (`<html data-hydrated>`, set by
 * HydrationMark): the condition a control needs before a test uses it, on any machine, instead of
 * network idle or a timeout that only a fast machine meets.
 */
export async function openHydrated(page: Page, url: string, options: { timeout?: number } = {}): Promise<Response | null> {
  const response = await page.goto(url)
  await waitForHydration(page, options)
  return response
}

export async function waitForHydration(page: Page, { timeout = 60_000 }: { timeout?: number } = {}): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout })
}

/**
 * Chooses an option of a type-ahead picker (components/ui/picker.tsx) as a reader does: types into
 * the field named `label`, waits for `option` (its name) in the list, and presses Enter.
 */
export async function pick(scope: Page | Locator, label: string | RegExp, typed: string, option: string | RegExp = typed): Promise<void> {
  // The text field, not the plain select (also a combobox) that stands in for it until hydration.
  const field = scope.getByRole('combobox', { name: label, exact: typeof label === 'string' }).and(scope.locator('input'))
  await field.fill(typed)
  const listbox = scope.locator(`#${await field.getAttribute('aria-controls')}`)
  await listbox.getByRole('option', { name: option }).first().waitFor()
  // The option the Enter key chooses is the active one: move to it.
  const names = await listbox.getByRole('option').allInnerTexts()
  const index = names.findIndex((n) => (typeof option === 'string' ? n.includes(option) : option.test(n)))
  for (let i = 0; i < index; i++) await field.press('ArrowDown')
  await field.press('Enter')
}

/**
 * A browser and one page for a describe block: launched before its tests, closed after. Read
 * `.page` and `.browser` inside the tests (they exist once beforeAll has run).
 */
export function browserPage(options: Parameters<Browser['newPage']>[0] = { viewport: { width: 1280, height: 900 } }): { browser: Browser; page: Page } {
  const held = {} as { browser: Browser; page: Page }
  beforeAll(async () => {
    held.browser = await launchBrowser()
    held.page = await held.browser.newPage(options)
  })
  afterAll(async () => held.browser?.close())
  return held
}
