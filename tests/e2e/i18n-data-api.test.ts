import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MISSING_MESSAGE_MARK } from '@/lib/i18n/messages'
import { browserPage, chromiumAvailable, openHydrated, pick } from '../support/browser'
import { browserServer } from './server'

/**
 * Issue #23 for /data, /data/releases, /api, /embed/* and the new /glossary: each in Russian under
 * /ru (the page's own text from messages, dates and counts in Russian, facts left in English and
 * marked so), the English pages as before, /ru/embed framable as /embed is, and the pickers finding
 * parties and forums by their names in either language on either interface.
 */

const hasBrowser = chromiumAvailable()
const RU_DATE = /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}/

const PAGES: { path: string; h1: string | RegExp; texts: (string | RegExp)[] }[] = [
  { path: '/ru/glossary', h1: 'Глоссарий статусов', texts: ['Наблюдатель', 'Общая формулировка', 'Важные оговорки', 'государство-член'] },
  { path: '/ru/data', h1: 'Данные и API', texts: ['Выгрузки целиком', 'Лицензии', /\d[\d\s]* интервал(а|ов)?/, RU_DATE] },
  { path: '/ru/data/releases', h1: 'Выпуски данных', texts: ['SHA-256 архива', /Версия \d{4}\.\d{2}/, RU_DATE] },
  { path: '/ru/api', h1: 'API', texts: ['Параметры', 'Пример', 'Названия на русском языке', 'дает ответ'] },
  { path: '/ru/embed/matrix?asOf=2005-06-01&forums=SCO,CSTO,EAEU', h1: 'Матрица членства', texts: ['Открыть в forum-atlas'] },
]

async function noOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

for (const server of browserServer(inject('servers'))) {
  describe.skipIf(!hasBrowser)(`data, API, embed and glossary in Russian on ${server.target}`, () => {
    const held = browserPage()

    it.each(PAGES)('$path is in Russian, whole, at 1280 and 390 px', async ({ path, h1, texts }) => {
      const errors: string[] = []
      held.page.on('pageerror', (e) => errors.push(e.message))
      for (const width of [1280, 390]) {
        await held.page.setViewportSize({ width, height: 900 })
        await openHydrated(held.page, `${server.url}${path}`)
        expect(await held.page.getAttribute('html', 'lang')).toBe('ru')
        expect((await held.page.locator('h1').first().innerText()).trim()).toMatch(typeof h1 === 'string' ? new RegExp(`^${h1}$`) : h1)
        const body = await held.page.locator('body').innerText()
        expect(body).not.toContain(MISSING_MESSAGE_MARK.trim())
        for (const text of texts) expect(body).toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text)
        expect(await noOverflow(held.page), `${path} at ${width} px`).toBeLessThanOrEqual(0)
        await held.page.screenshot({ path: `test-results/i18n${path.split('?')[0].replace(/\//g, '-')}-${width}.png`, fullPage: true })
      }
      held.page.removeAllListeners('pageerror')
      expect(errors).toEqual([])
    })

    it('the glossary: the Russian terms are marked Russian on the English page, with sources linked in the page language', async () => {
      await held.page.setViewportSize({ width: 1280, height: 900 })
      await openHydrated(held.page, `${server.url}/glossary`)
      expect(await held.page.getAttribute('html', 'lang')).toBe('en')
      expect(await held.page.locator('h1').innerText()).toBe('Glossary of statuses')
      const observer = held.page.locator('#observer')
      expect(await observer.locator('h2').innerText()).toMatch(/Observer$/)
      // SCO's observer term, quoted in Russian and marked so; its note stays English (no mark needed).
      const sco = observer.locator('tr', { has: held.page.locator('a[href="/forums/SCO"]') }).first()
      expect(await sco.locator('[lang="ru"]').first().innerText()).toBe('наблюдатель')
      expect(await sco.locator('a[href^="/sources#"]').getAttribute('href')).toBe('/sources#ru-tass-sco-tianjin-2025')
      expect(await held.page.locator('footer').getByRole('link', { name: 'Glossary of statuses' }).getAttribute('href')).toBe('/glossary')

      await openHydrated(held.page, `${server.url}/ru/glossary`)
      const ru = held.page.locator('#observer tr', { has: held.page.locator('a[href="/ru/forums/SCO"]') }).first()
      expect(await ru.locator('a[href^="/ru/sources#"]').getAttribute('href')).toBe('/ru/sources#ru-tass-sco-tianjin-2025')
      // On the Russian page the terms need no mark; the English notes and source titles carry lang="en".
      expect(await ru.locator('td').nth(1).locator('[lang="ru"]').count()).toBe(0)
      expect(await ru.locator('[lang="en"]').count()).toBeGreaterThan(0)
    })

    it('the English /data and /api pages read as before', async () => {
      await openHydrated(held.page, `${server.url}/data`)
      expect(await held.page.getAttribute('html', 'lang')).toBe('en')
      expect(await held.page.locator('h1').innerText()).toBe('Data & API')
      const body = await held.page.locator('body').innerText()
      expect(body).toMatch(/\d[\d,]* intervals/)
      expect(body).toContain('The views download what they show with their own parameters')
      await openHydrated(held.page, `${server.url}/api`)
      expect(await held.page.locator('.api-facts').innerText()).toContain('a bad parameter answers {"error": "…", "parameter": "…"}, naming it.')
    })

    it('a picker finds «ШОС» on /events and "Shanghai" on /ru/events, and stays under /ru', async () => {
      await openHydrated(held.page, `${server.url}/events`)
      await pick(held.page, 'Forum', 'ШОС', /SCO/)
      await held.page.waitForURL((u) => u.searchParams.get('forum') === 'SCO')
      expect(new URL(held.page.url()).pathname).toBe('/events')

      await openHydrated(held.page, `${server.url}/ru/events`)
      await pick(held.page, 'Форум', 'Shanghai', /SCO/)
      await held.page.waitForURL((u) => u.searchParams.get('forum') === 'SCO')
      expect(new URL(held.page.url()).pathname).toBe('/ru/events')
      await pick(held.page, 'Участник', 'Казах', /KAZ/)
      await held.page.waitForURL((u) => u.searchParams.get('party') === 'KAZ')
      expect(new URL(held.page.url()).pathname).toBe('/ru/events')
      // The picker's own words are Russian, with a Russian plural.
      const field = held.page.getByRole('combobox', { name: 'Участник', exact: true }).and(held.page.locator('input'))
      await field.fill('стан')
      await expect.poll(() => held.page.locator('.picker [role="status"]').nth(1).innerText()).toMatch(/^\d+ вариант(а|ов)?$/)
    })

    it('the matrix finds a forum by its Russian abbreviation on the English page', async () => {
      await openHydrated(held.page, `${server.url}/matrix?asOf=2020-01-01`)
      // Unfold "Choose forums one by one" (the details that holds the checklist).
      await held.page.locator('details:has(.forum-checks) > summary').click()
      const find = held.page.locator('.checklist-find input')
      await find.fill('ОДКБ')
      const shown = held.page.locator('.forum-checks label:not([hidden])')
      await expect.poll(() => shown.count()).toBe(1)
      expect(await shown.locator('input').getAttribute('value')).toBe('CSTO')
    })
  })

  describe.skipIf(!hasBrowser)('/ru/embed framing', () => {
    const EMBED = '/ru/embed/matrix?asOf=2005-06-01&forums=SCO,CSTO,EAEU'
    let foreign: Server
    let foreignUrl: string
    const held = browserPage()
    beforeAll(async () => {
      foreign = createServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        res.end(
          `<!doctype html><html lang="en"><head><title>Another site</title></head><body><iframe id="embed" src="${server.url}${EMBED}" title="Матрица" width="100%" height="520"></iframe></body></html>`,
        )
      })
      await new Promise<void>((resolve) => foreign.listen(0, 'localhost', resolve))
      foreignUrl = `http://localhost:${(foreign.address() as AddressInfo).port}/`
    })
    afterAll(async () => new Promise((resolve) => foreign?.close(resolve)))

    it('lets any site frame /ru/embed/* (and still no other /ru page), in Russian', async () => {
      const embed = await fetch(`${server.url}${EMBED}`)
      expect(embed.status).toBe(200)
      expect(embed.headers.get('content-security-policy')).toMatch(/(^|; )frame-ancestors \*(;|$)/)
      expect(embed.headers.get('x-frame-options')).toBeNull()
      const full = await fetch(`${server.url}/ru/matrix`)
      expect(full.headers.get('x-frame-options')).toBe('DENY')

      await held.page.goto(foreignUrl)
      const frame = held.page.frameLocator('#embed')
      await expect.poll(() => frame.locator('[data-embed-view] h1').textContent({ timeout: 30_000 })).toBe('Матрица членства')
      expect(await frame.locator('html').getAttribute('lang')).toBe('ru')
      expect(await frame.locator('[data-embed-full]').textContent()).toBe('Открыть в forum-atlas ↗')
    })
  })
}
