import { describe, expect, inject, it } from 'vitest'
import { browserPage, chromiumAvailable, openHydrated, pick } from '../support/browser'
import { browserServer } from './server'

/**
 * Issue #20.11: parties, forums, reporters and partners are chosen by name with a type-ahead picker
 * (components/ui/picker.tsx) that a keyboard and a screen reader can use, that shows names with
 * codes, and that is a plain form without JavaScript.
 */

const hasBrowser = chromiumAvailable()

for (const server of browserServer(inject('servers'))) {
  describe.skipIf(!hasBrowser)(`type-ahead pickers on ${server.target}`, () => {
    const held = browserPage()
    const param = (name: string) => new URL(held.page.url()).searchParams.get(name)

    it('trade: finds a reporter by part of its name, by keyboard, announces the matches, and removes it again', async () => {
      await openHydrated(held.page, `${server.url}/trade?reporters=KAZ&partners=CHN&from=2005&to=2015`)
      const field = held.page.getByRole('combobox', { name: 'Reporters', exact: true })
      expect(await field.getAttribute('aria-expanded')).toBe('false')
      // The choice shows as a name with its code, and a button removes it.
      const chosen = held.page.getByRole('list', { name: 'Chosen: reporters' })
      expect(await chosen.innerText()).toMatch(/Kazakhstan\s+KAZ/)

      await field.focus()
      await held.page.keyboard.type('stan')
      expect(await field.getAttribute('aria-expanded')).toBe('true')
      const listbox = held.page.locator(`#${await field.getAttribute('aria-controls')}`)
      const options = await listbox.getByRole('option').allInnerTexts()
      // Every "-stan" country, by name and code, none by code alone.
      expect(options.length).toBeGreaterThanOrEqual(5)
      for (const name of ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']) expect(options.join('|')).toContain(name)
      expect(await held.page.locator('.picker [role="status"]').first().innerText()).toBe(`${options.length} options`)
      // The chosen one is marked as selected; the active option is named by aria-activedescendant.
      expect(await listbox.getByRole('option', { name: /Kazakhstan/ }).getAttribute('aria-selected')).toBe('true')
      await held.page.keyboard.press('ArrowDown')
      const active = await field.getAttribute('aria-activedescendant')
      expect(active).toBeTruthy()
      expect(await held.page.locator(`#${active}`).innerText()).toBe(options[1])
      await held.page.keyboard.press('Escape')
      expect(await field.getAttribute('aria-expanded')).toBe('false')

      await held.page.keyboard.type('uzb')
      await held.page.keyboard.press('Enter')
      await held.page.waitForURL(() => param('reporters') === 'KAZ,UZB')
      await expect.poll(() => chosen.innerText()).toMatch(/Uzbekistan\s+UZB/)
      // Focus stays in the field, ready for the next name; Backspace on the empty field removes the last choice.
      expect(await held.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
      await held.page.keyboard.press('Backspace')
      await held.page.waitForURL(() => param('reporters') === 'KAZ')
      // The button of a choice removes it, but the last one stays: a chart needs a reporter.
      await held.page.getByRole('button', { name: 'Remove Kazakhstan' }).click()
      expect(param('reporters')).toBe('KAZ')
      expect(await chosen.innerText()).toMatch(/Kazakhstan/)
    })

    it('trade: a forum as a partner by its name, and accents do not matter', async () => {
      await openHydrated(held.page, `${server.url}/trade?reporters=KAZ&partners=CHN&from=2005&to=2015`)
      await pick(held.page, 'Partners', 'shanghai', /Shanghai Cooperation Organisation members/)
      await held.page.waitForURL(() => (param('partners') ?? '').split(',').includes('forum:SCO'))
      await pick(held.page, 'Partners', 'turkiye', /Türkiye/)
      await held.page.waitForURL(() => (param('partners') ?? '').split(',').includes('TUR'))
      expect(param('partners')).toBe('CHN,forum:SCO,TUR')
    })

    it('overlaps: at most ten forums; the rest are shown but cannot be chosen', async () => {
      const ten = 'SCO,EAEU,CSTO,CIS,OTS,ECO,OIC,GUAM,CAREC,SPECA'
      await openHydrated(held.page, `${server.url}/overlaps?forums=${ten}&asOf=2020-01-01`)
      const field = held.page.getByRole('combobox', { name: /^Forums/ })
      expect(await field.getAttribute('placeholder')).toBe('At most 10')
      await field.fill('central asia')
      const listbox = held.page.locator(`#${await field.getAttribute('aria-controls')}`)
      const free = listbox.locator('[role="option"][aria-selected="false"]').first()
      expect(await free.getAttribute('aria-disabled')).toBe('true')
      // Enter on it (the active option) and a click both leave the choice as it was.
      expect(await field.getAttribute('aria-activedescendant')).toBe(await free.getAttribute('id'))
      await field.press('Enter')
      await free.click({ force: true })
      expect(param('forums')).toBe(ten)
      expect(
        await held.page
          .getByRole('list', { name: /^Chosen/ })
          .getByRole('listitem')
          .count(),
      ).toBe(10)
      await held.page.keyboard.press('Escape')
      await held.page.getByRole('button', { name: /^Remove United Nations Special Programme/ }).click()
      await held.page.waitForURL(() => param('forums') === ten.replace(',SPECA', ''))
    })

    it('map, events and alignment: one forum or party by name', async () => {
      await openHydrated(held.page, `${server.url}/map?forum=SCO&asOf=2020-01-01`)
      const forum = held.page.getByRole('combobox', { name: 'Forum', exact: true })
      expect(await forum.inputValue()).toBe('Shanghai Cooperation Organisation')
      await pick(held.page, 'Forum', 'collective', /Collective Security Treaty Organization/)
      await held.page.waitForURL(() => param('forum') === 'CSTO')
      expect(param('asOf')).toBe('2020-01-01')

      await openHydrated(held.page, `${server.url}/events?forum=OTS`)
      await pick(held.page, 'Party', 'hung', /Hungary/)
      await held.page.waitForURL(() => param('party') === 'HUN')
      expect(param('forum')).toBe('OTS')
      // "Any forum" is the picker's first option: choosing it drops the filter.
      const any = held.page.getByRole('combobox', { name: 'Forum', exact: true })
      await any.click()
      await held.page.getByRole('option', { name: 'Any forum' }).click()
      await held.page.waitForURL(() => !new URL(held.page.url()).searchParams.has('forum'))
      expect(param('party')).toBe('HUN')

      await openHydrated(held.page, `${server.url}/alignment?rank=KAZ&asOf=2020-01-01`)
      await pick(held.page, 'Most aligned with', 'kyrg', /Kyrgyzstan/)
      await held.page.waitForURL(() => param('rank') === 'KGZ')
      await expect.poll(() => held.page.locator('#ranking-table caption').innerText()).toMatch(/Kyrgyzstan/)
    })

    it('works without JavaScript as a plain form, with names and codes', async () => {
      const context = await held.browser.newContext({ javaScriptEnabled: false })
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
      const phone = await held.browser.newPage({ viewport: { width: 390, height: 844 } })
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
