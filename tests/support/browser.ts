import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

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
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}
