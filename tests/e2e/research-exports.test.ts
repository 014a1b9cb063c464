import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readCsvRecords } from '../../lib/csv-read'
import { COW_CCODES } from '../../lib/domain/cow'
import { DYAD_YEAR_COLUMNS, FORUM_YEAR_COLUMNS } from '../../lib/downloads/research-exports'
import { chromiumAvailable, launchBrowser, openHydrated } from '../support/browser'
import { browserServer } from './server'

/** The research exports (#21.6) over HTTP, read with the app's own CSV reader, and their recipes on /data. */

const servers = inject('servers')
const thisYear = new Date().getUTCFullYear()

const table = (text: string) => {
  const [header, ...rows] = readCsvRecords(text).map((r) => r.record)
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) }
}

/**
 * A GET that is sent again once when the keep-alive connection it went out on had been closed by
 * the server meanwhile (undici's "other side closed"), as HTTP clients do for idempotent requests:
 * after the 8.5 MB dyad file the test spends seconds on its rows, past the server's keep-alive
 * timeout, and the next request may pick that closed socket (fresh clone 2 of 5 Dec 2026).
 */
async function fetchGet(address: string): Promise<Response> {
  try {
    return await fetch(address)
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code
    if (code !== 'UND_ERR_SOCKET') throw error
    return fetch(address)
  }
}

describe.each(servers)('research exports on $target', ({ url }) => {
  const get = async (path: string) => {
    const res = await fetchGet(`${url}${path}`)
    expect(res.status, path).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    return { res, ...table(await res.text()) }
  }

  it('gives Kazakhstan and Kyrgyzstan as joint EAEU members in 2016, in the documented columns', async () => {
    const { res, header, rows } = await get('/api/export/dyad-year.csv?forums=EAEU&from=2016&to=2016')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="forum-atlas-dyad-year-2016-2016-EAEU.csv"')
    expect(header).toEqual([...DYAD_YEAR_COLUMNS])
    expect(rows.find((r) => r.iso3_1 === 'KGZ' && r.iso3_2 === 'KAZ')).toEqual({
      ccode1: '703',
      ccode2: '705',
      iso3_1: 'KGZ',
      iso3_2: 'KAZ',
      year: '2016',
      joint_member: '1',
      joint_any: '1',
      alignment_score: '1',
    })
    // Two states in none of the selected forums: no score (0/0), an empty cell.
    expect(rows.find((r) => r.iso3_1 === 'USA' && r.iso3_2 === 'CHN')).toMatchObject({ joint_member: '0', joint_any: '0', alignment_score: '' })
  })

  it('streams every pair of states with a COW code for every year by default', async () => {
    const res = await fetchGet(`${url}/api/export/dyad-year.csv`)
    expect(res.status).toBe(200)
    // 288,036 rows: split by hand (no cell of these columns is quoted) rather than with the CSV
    // reader, which would hold the event loop for seconds and let the client reuse a keep-alive
    // socket the server has meanwhile closed.
    const [header, ...rows] = (await res.text())
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line) => line.split(','))
    expect(header).toEqual([...DYAD_YEAR_COLUMNS])
    const states = Object.keys(COW_CCODES).length
    expect(rows).toHaveLength(((states * (states - 1)) / 2) * (thisYear - 1991 + 1))
    expect(rows.every((r) => Number(r[0]) < Number(r[1]))).toBe(true)
    // The last pair is that of the two highest codes: Indonesia (850) and Australia (900).
    expect(rows.at(-1)?.slice(0, 5)).toEqual(['850', '900', 'IDN', 'AUS', String(thisYear)])
    // India and Pakistan, SCO members since 2017: joint members.
    expect(rows.find((r) => r[2] === 'IND' && r[3] === 'PAK' && r[4] === String(thisYear))?.slice(0, 6)).toEqual([
      '750',
      '770',
      'IND',
      'PAK',
      String(thisYear),
      '1',
    ])
  })

  it('counts the members of each forum per year', async () => {
    const { header, rows } = await get('/api/export/forum-year.csv?forums=EAEU,SCO&from=2014&to=2017')
    expect(header).toEqual([...FORUM_YEAR_COLUMNS])
    // EAEU from 2015 (Russia, Belarus, Kazakhstan, Armenia, Kyrgyzstan); SCO gained India and Pakistan in June 2017.
    expect(rows.map((r) => `${r.forum_code} ${r.year} ${r.members}`)).toEqual([
      'EAEU 2015 5',
      'EAEU 2016 5',
      'EAEU 2017 5',
      'SCO 2014 6',
      'SCO 2015 6',
      'SCO 2016 6',
      'SCO 2017 8',
    ])
  })

  it('answers a bad parameter with a 400 naming it', async () => {
    for (const path of ['/api/export/dyad-year.csv', '/api/export/forum-year.csv'])
      for (const [query, parameter] of [
        ['from=19x1', 'from'],
        ['to=2999', 'to'],
        [`to=${thisYear + 1}`, 'to'],
        ['from=2020&to=2010', 'from'],
        ['forums=EAEU,NOPE', 'forums'],
        ['year=2016', 'year'],
      ]) {
        const res = await fetchGet(`${url}${path}?${query}`)
        expect(res.status, `${path}?${query}`).toBe(400)
        const body = (await res.json()) as { parameter: string; error: string }
        expect(body.parameter, `${path}?${query}`).toBe(parameter)
        if (parameter === 'forums') expect(body.error).toMatch(/NOPE/)
      }
  })
})

describe.skipIf(!chromiumAvailable()).each(browserServer(servers))('research recipes on /data on $target', ({ url }) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  it('shows each file with its columns and recipes for R, pandas and Stata written with the site’s address', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await openHydrated(page, `${url}/data`)
    const section = page.locator('section.research-exports')
    for (const [id, path] of [
      ['state-year', '/api/export/cow-igo.csv'],
      ['dyad-year', '/api/export/dyad-year.csv'],
      ['forum-year', '/api/export/forum-year.csv'],
    ]) {
      const file = section.locator(`#${id}`)
      expect(await file.getByRole('link', { name: `Download ${path}` }).getAttribute('href')).toBe(path)
      const recipes = await file.locator('dl.recipes dd code').allInnerTexts()
      expect(await file.locator('dl.recipes dt').allInnerTexts()).toEqual(
        id === 'dyad-year' ? ['R', 'Python (pandas)', 'Stata', 'R, with peacesciencer'] : ['R', 'Python (pandas)', 'Stata'],
      )
      expect(recipes[0]).toMatch(new RegExp(`^\\w+ <- read\\.csv\\("${url}${path}\\?[^"]*"\\)$`))
      expect(recipes[1]).toMatch(new RegExp(`^import pandas as pd; \\w+ = pd\\.read_csv\\("${url}${path}\\?[^"]*"\\)$`))
      expect(recipes[2]).toMatch(new RegExp(`^import delimited "${url}${path}\\?[^"]*", clear$`))
      // The recipe's address answers, with the columns the section names.
      const address = recipes[2].slice('import delimited "'.length, -'", clear'.length)
      const res = await fetchGet(address)
      expect(res.status, address).toBe(200)
      const header = (await res.text()).split('\r\n')[0]
      const shown = (await file.locator('p', { hasText: 'Columns:' }).innerText()).replace(/^Columns:\s*/, '')
      if (id === 'state-year') expect(header.startsWith('ccode,iso3,state,year,')).toBe(true)
      else expect(header).toBe(shown.replace(/, /g, ','))
    }
    expect(errors).toEqual([])
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    await page.close()
  })
})
