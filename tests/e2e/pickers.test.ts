import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumAvailable, launchBrowser, openHydrated, pick } from '../support/browser'
import { browserServer } from './server'

/**
 * Issue #20.11: parties, forums, reporters and partners are chosen by name with a type-ahead picker
 * (components/ui/picker.tsx) that a keyboard and a screen reader can use, that shows names with
 * codes, and that is a plain form without JavaScript.
 */

const hasBrowser = chromiumAvailable()

for (const server of browserServer(inject('servers'))) {
  describe.skipIf(!hasBrowser)(`type-ahead pickers on ${server.target}`, () => {
    let browser: Browser
    let page: Page
    beforeAll(async () => {
      browser = await launchBrowser()
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    })
    afterAll(async () => browser?.close())
    const param = (name: string) => new URL(page.url()).searchParams.get(name)

    it('trade: finds a reporter by part of its name, by keyboard, announces the matches, and removes it again', async () => {
      await openHydrated(page, `${server.url}/trade?reporters=KAZ&partners=CHN&from=2005&to=2015`)
      const field = page.getByRole('combobox', { name: 'Reporters', exact: true })
      expect(await field.getAttribute('aria-expanded')).toBe('false')
      // The choice shows as a name with its code, and a button removes it.
      const chosen = page.getByRole('list', { name: 'Chosen: reporters' })
      expect(await chosen.innerText()).toMatch(/Kazakhstan\s+KAZ/)

      await field.focus()
      await page.keyboard.type('stan')
      expect(await field.getAttribute('aria-expanded')).toBe('true')
      const listbox = page.locator(`#${await field.getAttribute('aria-controls')}`)
      const options = await listbox.getByRole('option').allInnerTexts()
      // Every "-stan" country, by name and code, none by code alone.
      expect(options.length).toBeGreaterThanOrEqual(5)
      for (const name of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']) expect(options.join('|')).toContain(name)
      expect(await page.locator('.picker [role="status"]').first().innerText()).toBe(`${options.length} options`)
      // The chosen one is marked as selected; the active option is named by aria-activedescendant.
      expect(await listbox.getByRole('option', { name: /Kazakhstan/ }).getAttribute('aria-selected')).toBe('true')
      await page.keyboard.press('ArrowDown')
      const active = await field.getAttribute('aria-activedescendant')
      expect(active).toBeTruthy()
      expect(await page.locator(`#${active}`).innerText()).toBe(options[1])
      await page.keyboard.press('Escape')
      expect(await field.getAttribute('aria-expanded')).toBe('false')

      await page.keyboard.type('uzb')
      await page.keyboard.press('Enter')
      await page.waitForURL(() => param('reporters') === 'KAZ,UZB')
      await expect.poll(() => chosen.innerText()).toMatch(/Uzbekistan\s+UZB/)
      // Focus stays in the field, ready for the next name; Backspace on the empty field removes the last choice.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
      await page.keyboard.press('Backspace')
      await page.waitForURL(() => param('reporters') === 'KAZ')
      // The button of a choice removes it, but the last one stays: a chart needs a reporter.
      await page.getByRole('button', { name: 'Remove Kazakhstan' }).click()
      expect(param('reporters')).toBe('KAZ')
      expect(await chosen.innerText()).toMatch(/Kazakhstan/)
    })

    it('trade: a forum as a partner by its name, and accents do not matter', async () => {
      await openHydrated(page, `${server.url}/trade?reporters=KAZ&partners=CHN&from=2005&to=2015`)
      await pick(page, 'Partners', 'shanghai', /Shanghai Cooperation Organisation members/)
      await page.waitForURL(() => (param('partners') ?? '').split(',').includes('forum:SCO'))
      await pick(page, 'Partners', 'turkiye', /Türkiye/)
      await page.waitForURL(() => (param('partners') ?? '').split(',').includes('TUR'))
      expect(param('partners')).toBe('CHN,forum:SCO,TUR')
    })

    it('overlaps: at most ten forums; the rest are shown but cannot be chosen', async () => {
      const ten = 'SCO,EAEU,CSTO,CIS,OTS,ECO,OIC,GUAM,CAREC,SPECA'
      await openHydrated(page, `${server.url}/overlaps?forums=${ten}&asOf=2020-01-01`)
      const field = page.getByRole('combobox', { name: /^Forums/ })
      expect(await field.getAttribute('placeholder')).toBe('At most 10')
      await field.fill('central asia')
      const listbox = page.locator(`#${await field.getAttribute('aria-controls')}`)
      const free = listbox.locator('[role="option"][aria-selected="false"]').first()
      expect(await free.getAttribute('aria-disabled')).toBe('true')
      // Enter on it (the active option) and a click both leave the choice as it was.
      expect(await field.getAttribute('aria-activedescendant')).toBe(await free.getAttribute('id'))
      await field.press('Enter')
      await free.click({ force: true })
      expect(param('forums')).toBe(ten)
      expect(
        await page
          .getByRole('list', { name: /^Chosen/ })
          .getByRole('listitem')
          .count(),
      ).toBe(10)
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: /^Remove United Nations Special Programme/ }).click()
      await page.waitForURL(() => param('forums') === ten.replace(',SPECA', ''))
    })

    it('map, events and alignment: one forum or party by name', async () => {
      await openHydrated(page, `${server.url}/map?forum=SCO&asOf=2020-01-01`)
      const forum = page.getByRole('combobox', { name: 'Forum', exact: true })
      expect(await forum.inputValue()).toBe('Shanghai Cooperation Organisation')
      await pick(page, 'Forum', 'collective', /Collective Security Treaty Organization/)
      await page.waitForURL(() => param('forum') === 'CSTO')
      expect(param('asOf')).toBe('2020-01-01')

      await openHydrated(page, `${server.url}/events?forum=OTS`)
      await pick(page, 'Party', 'hung', /Hungary/)
      await page.waitForURL(() => param('party') === 'HUN')
      expect(param('forum')).toBe('OTS')
      // "Any forum" is the picker's first option: choosing it drops the filter.
      const any = page.getByRole('combobox', { name: 'Forum', exact: true })
      await any.click()
      await page.getByRole('option', { name: 'Any forum' }).click()
      await page.waitForURL(() => !new URL(page.url()).searchParams.has('forum'))
      expect(param('party')).toBe('HUN')

      await openHydrated(page, `${server.url}/alignment?rank=KAZ&asOf=2020-01-01`)
      await pick(page, 'Most aligned with', 'kyrg', /Kyrgyzstan/)
      await page.waitForURL(() => param('rank') === 'KGZ')
      await expect.poll(() => page.locator('#ranking-table caption').innerText()).toMatch(/Kyrgyzstan/)
    })

    it('works without JavaScript as a plain form, with names and codes', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const noJs = await context.newPage()
      await noJs.goto(`${server.url}/trade?reporters=KAZ&partners=CHN&from=2005&to=2015`)
      const reporters = noJs.locator('select[name="reporters"]')
      expect(await reporters.getAttribute('multiple')).not.toBeNull()
      expect(await reporters.locator('option[value="UZB"]').innerText()).toBe('Uzbekistan (UZB)')
      await reporters.selectOption(['KAZ', 'UZB'])
      await noJs.getByRole('button', { name: 'Apply' }).click()
      await noJs.waitForURL(/reporters=KAZ&reporters=UZB/)
      expect(await noJs.locator('select[name="reporters"] option:checked').allInnerTexts()).toEqual(['Kazakhstan (KAZ)', 'Uzbekistan (UZB)'])
      await context.close()
    })

    it('fits a phone: the list of options stays inside the screen', async () => {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
      await openHydrated(phone, `${server.url}/trade?reporters=KAZ&partners=CHN&from=2005&to=2015`)
      const field = phone.getByRole('combobox', { name: 'Partners', exact: true })
      await field.fill('a')
      const box = await phone.locator(`#${await field.getAttribute('aria-controls')}`).boundingBox()
      expect(box).not.toBeNull()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(390)
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await phone.close()
    })
  })
}
